#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// A filter model that sorts text as people read it: case-insensitively, in the user's language,
// with numbers by value ("classification/5" before "classification/10", "Universal" after both).
class NaturalSortProxyModel : public QSortFilterProxyModel
{
public:
    explicit NaturalSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};
