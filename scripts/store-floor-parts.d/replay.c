// Stores the letters and candidate facts of an ingested Kader file again into a new, migrated
// one, 32 letters a transaction, with INSERT ... SELECT: SQLite alone, as `kader bench floors`
// does, but with parts that can be left out (see scripts/store-floor-parts).
// Usage: replay TARGET SOURCE [LETTERS-PER-TRANSACTION]; environment: KADER_PRE (SQL run on
// TARGET first), KADER_NO_FACTS, KADER_NO_LETTERS. Prints the seconds of the copy.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

// sqlite-nio's amalgamation names every function with this prefix.
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
int sqlite_nio_sqlite3_open(const char *, sqlite3 **);
int sqlite_nio_sqlite3_exec(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **);
int sqlite_nio_sqlite3_prepare_v2(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
int sqlite_nio_sqlite3_step(sqlite3_stmt *);
long long sqlite_nio_sqlite3_column_int64(sqlite3_stmt *, int);
int sqlite_nio_sqlite3_finalize(sqlite3_stmt *);
int sqlite_nio_sqlite3_close(sqlite3 *);

static void run(sqlite3 *db, const char *sql) {
    char *error = 0;
    if (sqlite_nio_sqlite3_exec(db, sql, 0, 0, &error)) {
        fprintf(stderr, "replay: %s\n  in: %s\n", error, sql);
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: replay TARGET SOURCE [LETTERS-PER-TRANSACTION]\n");
        return 2;
    }
    int batch = argc > 3 ? atoi(argv[3]) : 32;
    sqlite3 *db;
    if (sqlite_nio_sqlite3_open(argv[1], &db)) return 1;
    // As SQLiteFileSource tells each connection.
    run(db, "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 10000;");
    char sql[4096];
    snprintf(sql, sizeof sql, "ATTACH DATABASE '%s' AS source", argv[2]);
    run(db, sql);
    if (getenv("KADER_PRE")) run(db, getenv("KADER_PRE"));

    sqlite3_stmt *statement;
    sqlite_nio_sqlite3_prepare_v2(db, "SELECT rowid FROM source.documents ORDER BY rowid", -1, &statement, 0);
    long long *rowids = malloc(sizeof(long long) * 1000000);
    int count = 0;
    while (sqlite_nio_sqlite3_step(statement) == 100 && count < 1000000)
        rowids[count++] = sqlite_nio_sqlite3_column_int64(statement, 0);
    sqlite_nio_sqlite3_finalize(statement);

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int first = 0; first < count; first += batch) {
        int last = first + batch - 1 < count - 1 ? first + batch - 1 : count - 1;
        long long low = rowids[first], high = rowids[last];
        char letters[512] = "", facts[512] = "";
        if (!getenv("KADER_NO_LETTERS"))
            snprintf(letters, sizeof letters,
                     "INSERT INTO main.documents SELECT * FROM source.documents "
                     "WHERE rowid BETWEEN %lld AND %lld ORDER BY rowid;", low, high);
        if (!getenv("KADER_NO_FACTS"))
            snprintf(facts, sizeof facts,
                     "INSERT INTO main.candidate_facts SELECT f.* FROM source.candidate_facts f "
                     "WHERE f.document_id IN (SELECT id FROM source.documents WHERE rowid BETWEEN %lld AND %lld) "
                     "ORDER BY f.rowid;", low, high);
        snprintf(sql, sizeof sql, "BEGIN IMMEDIATE; %s %s COMMIT;", letters, facts);
        run(db, sql);
    }
    run(db, "PRAGMA main.wal_checkpoint(PASSIVE)");
    clock_gettime(CLOCK_MONOTONIC, &end);
    sqlite_nio_sqlite3_close(db);
    printf("%.3f\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
    return 0;
}
