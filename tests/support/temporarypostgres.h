#pragma once

#include "trace/temporarypostgres.h"

#include <QString>

// The engine's throw-away PostgreSQL 17 (src/core/trace/temporarypostgres.h), the tests' fixture.
using migreview::trace::TemporaryPostgres;

// Runs sql (one or more statements) on a fresh connection; false with *error on any failure.
bool executeSql(const QString &connection, const char *sql, QString *error = nullptr);
