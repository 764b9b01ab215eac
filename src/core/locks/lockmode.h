#pragma once

#include <QString>

// PostgreSQL's table-level lock modes (https://www.postgresql.org/docs/17/explicit-locking.html)
// and what each one blocks, in the words a reviewer needs.
namespace migreview::locks {

enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
};

QString lockModeName(LockMode mode); // "ACCESS EXCLUSIVE"
bool conflicts(LockMode held, LockMode requested);
// "blocks reads and writes", "blocks writes", ... for a statement taking this lock.
QString blockedWork(LockMode mode);

} // namespace migreview::locks
