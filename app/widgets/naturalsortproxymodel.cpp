#include "naturalsortproxymodel.h"

#include <QLocale>

NaturalSortProxyModel::NaturalSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    // The C locale has no collation: it would compare code points ("Z" before "a", "10" before "5").
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

bool NaturalSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        const int order = m_collator.compare(l.toString(), r.toString());
        // Equal to the collator ("Model" and "model"): keep one fixed order between them.
        return order != 0 ? order < 0 : l.toString() < r.toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
