#include "lockmode.h"

#include <QCoreApplication>

namespace migreview::locks {

QString lockModeName(LockMode mode)
{
    switch (mode) {
    case LockMode::None:
        return QStringLiteral("no lock");
    case LockMode::AccessShare:
        return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare:
        return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive:
        return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive:
        return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share:
        return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive:
        return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive:
        return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive:
        return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

bool conflicts(LockMode held, LockMode requested)
{
    // The conflict table of the PostgreSQL documentation (Table 13.2), by row.
    static constexpr bool table[9][9] = {
        // None AS    RS     RE     SUE    S      SRE    E      AE
        {false, false, false, false, false, false, false, false, false}, // None
        {false, false, false, false, false, false, false, false, true}, // ACCESS SHARE
        {false, false, false, false, false, false, false, true, true}, // ROW SHARE
        {false, false, false, false, false, true, true, true, true}, // ROW EXCLUSIVE
        {false, false, false, false, true, true, true, true, true}, // SHARE UPDATE EXCLUSIVE
        {false, false, false, true, true, false, true, true, true}, // SHARE
        {false, false, false, true, true, true, true, true, true}, // SHARE ROW EXCLUSIVE
        {false, false, true, true, true, true, true, true, true}, // EXCLUSIVE
        {false, true, true, true, true, true, true, true, true}, // ACCESS EXCLUSIVE
    };
    return table[int(held)][int(requested)];
}

QString blockedWork(LockMode mode)
{
    switch (mode) {
    case LockMode::AccessExclusive:
        return QCoreApplication::translate("migreview::locks", "blocks all reads and writes");
    case LockMode::Exclusive:
        return QCoreApplication::translate("migreview::locks", "blocks writes and row-locking reads");
    case LockMode::ShareRowExclusive:
    case LockMode::Share:
        return QCoreApplication::translate("migreview::locks", "blocks writes (INSERT, UPDATE, DELETE)");
    case LockMode::ShareUpdateExclusive:
        return QCoreApplication::translate("migreview::locks", "blocks other schema changes and VACUUM, not reads or writes");
    case LockMode::RowExclusive:
        return QCoreApplication::translate("migreview::locks", "blocks schema changes and CREATE INDEX, not reads or writes");
    case LockMode::RowShare:
    case LockMode::AccessShare:
        return QCoreApplication::translate("migreview::locks", "blocks only ACCESS EXCLUSIVE schema changes");
    case LockMode::None:
        break;
    }
    return QCoreApplication::translate("migreview::locks", "blocks nothing");
}

} // namespace migreview::locks
