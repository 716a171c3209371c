#pragma once

#include "configuration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QNetworkAccessManager;

// `hubcache login HOST|gs://BUCKET|kaggle`, `hubcache logout …` and `hubcache credentials`: the
// credentials kept in the OS keychain. A secret is read from standard input when it is not a
// terminal, else from a prompt without echo, or from --key-file; never from the command line.
class CredentialsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsCommand)

public:
    explicit CredentialsCommand(const HubCache::Configuration &config);

    static void addLoginOptions(QCommandLineParser &parser);
    static void addLogoutOptions(QCommandLineParser &parser);
    static void addListOptions(QCommandLineParser &parser);

    [[nodiscard]] int login(const QCommandLineParser &parser);
    [[nodiscard]] int logout(const QCommandLineParser &parser);
    [[nodiscard]] int list(const QCommandLineParser &parser);

    // Before a command that reaches a host or a bucket: the stored credentials (when any are
    // stored: users without credentials never wait for a keychain) go into config, for the GCS
    // client. A keychain that cannot give them is said on stderr; the command goes on without.
    static void loadStored(HubCache::Configuration &config);
    // Before downloads: config's stored host credentials go with nam's requests to their own hosts.
    static void attachStored(const HubCache::Configuration &config, QNetworkAccessManager *nam);

    // For `config`: where each kind of credential comes from (never the secret).
    [[nodiscard]] static QStringList configLines(const HubCache::Configuration &config);
    [[nodiscard]] static QJsonObject configJson(const HubCache::Configuration &config);

private:
    // The secret: stdin when it is not a terminal, else a prompt without echo. Empty on failure.
    [[nodiscard]] static QByteArray readSecret(const QString &prompt);
    [[nodiscard]] static QString readLine(const QString &prompt);
    [[nodiscard]] static int fail(const QString &message);
    [[nodiscard]] static int usage(const QString &problem);

    HubCache::Configuration m_config;
};
