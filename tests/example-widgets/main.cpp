// hubcache's cache view and downloads view, side by side in a window of another program.
// widgets_example CACHE_DIR [HANDLE…]: shows the cache folder and downloads the handles into it.
// With --check it prints what the cache view lists once it has read the folder, and exits.
#include <hubcache/cacheentrymodel.h>
#include <hubcache/cachepage.h>
#include <hubcache/configuration.h>
#include <hubcache/downloadqueue.h>
#include <hubcache/downloadspage.h>

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QTableView>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool check = args.removeAll(QStringLiteral("--check")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: widgets_example CACHE_DIR [HANDLE...] [--check]\n");
        return 2;
    }
    HubCache::Configuration config = HubCache::Configuration::fromEnvironment();
    config.setCacheDir(args.takeFirst());
    QNetworkAccessManager network;
    HubCache::DownloadQueue queue(config, &network);

    QSplitter window;
    auto *cache = new CachePage(&window);
    auto *downloads = new DownloadsPage(&window);
    cache->setConfiguration(config);
    downloads->setQueue(&queue);
    // A model that arrives shows up in the cache view.
    QObject::connect(downloads, &DownloadsPage::modelResolved, cache, &CachePage::refresh);
    QObject::connect(cache, &CachePage::refreshed, &app, [&] {
        if (!check)
            return;
        const QAbstractItemModel *rows = cache->view()->model();
        std::printf("%d cached\n", rows->rowCount());
        for (int row = 0; row < rows->rowCount(); ++row)
            std::printf("%s %s\n", qPrintable(rows->index(row, CacheEntryModel::HandleColumn).data().toString()),
                        qPrintable(rows->index(row, CacheEntryModel::StateColumn).data().toString()));
        app.exit(window.isVisible() ? 0 : 1);
    });
    window.resize(1100, 500);
    window.show();
    cache->refresh();
    for (const QString &handle : std::as_const(args))
        downloads->download(handle);
    return app.exec();
}
