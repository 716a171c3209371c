#pragma once

#include "cacheentry.h"

#include <QDialog>

class QTreeWidget;
class QLabel;
class QTabWidget;

// An entry's details: descriptor and state, its files with sizes, and the SavedModel's tags and
// signatures (inputs and outputs with dtype and shape), read without TensorFlow.
class EntryDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDetailsDialog)

public:
    EntryDetailsDialog(const HubCache::CacheEntry &entry, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *signatureTree() const { return m_signatures; }
    [[nodiscard]] QTreeWidget *fileTree() const { return m_files; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void openFolderRequested(const QString &path);

private:
    void fillFiles(const QString &root);
    void fillSignatures(const QString &root);

    HubCache::CacheEntry m_entry;
    QTabWidget *m_tabs;
    QTreeWidget *m_files;
    QTreeWidget *m_signatures;
    QLabel *m_modelError;
    QStringList m_tensorflowVersions; // "TensorFlow 2.21.0", one per version that saved a graph
};
