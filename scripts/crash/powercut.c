/*
 * powercut.c: an LD_PRELOAD shim that simulates a power cut during a SQLite write.
 *
 * Every write to the database file and to its -journal and -wal files is kept in a per-file overlay
 * (in memory, in order) instead of going to the file; reads and fstat/stat see the overlay, so the
 * process behaves as with a page cache. fsync/fdatasync apply the file's overlay to the file and sync
 * it: only then is a write "on disk". At the Nth intercepted call (pwrite, ftruncate, fsync,
 * fdatasync, unlink of a tracked file) the shim cuts the power: it applies a random subset of the
 * writes not yet synced (some of them torn: only some of their 512-byte sectors), in order, and kills
 * the process with SIGKILL. With POWERCUT_AT_EXIT=1 and no cut during the run, the cut comes right
 * after the process exits (a power cut a moment after "stored" was printed).
 *
 * Metadata operations (creating a file, unlink) take effect at once, as on a journaling file system.
 * The -shm file is shared memory, rebuilt by SQLite after a crash, and is not tracked.
 *
 * Environment:
 *   POWERCUT_DB          absolute path of the database (tracked: it, it-journal, it-wal)
 *   POWERCUT_AT          cut before the Nth intercepted call (0 or unset: never during the run)
 *   POWERCUT_AT_EXIT     1: if no cut happened, cut when the process exits
 *   POWERCUT_SEED        seed of the random choices
 *   POWERCUT_STATS       file to write "calls N cut K pending P applied A torn T" to at the end
 *   POWERCUT_IGNORE_SYNC 1: fsync makes nothing durable (a disk that lies; the harness must then fail)
 *
 * Build: cc -O2 -shared -fPIC -o powercut.so powercut.c -ldl
 * A call the shim cannot model on a tracked file (write, read, mmap, writev...) stops the process with
 * exit status 97 and a message, so the harness never passes on an unmodelled path.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_FILES 3
#define MAX_FDS 4096
#define SECTOR 512

typedef struct {
    int truncate;          /* 1: ftruncate to off; 0: write len bytes at off */
    off_t off;
    size_t len;
    unsigned char *data;
} Entry;

typedef struct {
    char path[4096];
    Entry *entries;
    size_t count, capacity;
} Overlay;

static Overlay files[MAX_FILES];
static int tracked_fd[MAX_FDS];      /* file index + 1, 0 when not tracked */
static int enabled;
static long calls, cut_at, cut_done;
static int cut_at_exit, ignore_sync;
static uint64_t rng_state;
static long stat_pending, stat_applied, stat_torn;
static char stats_path[4096];
static pthread_mutex_t lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

static ssize_t (*real_pwrite64)(int, const void *, size_t, off_t);
static ssize_t (*real_pread64)(int, void *, size_t, off_t);
static int (*real_ftruncate64)(int, off_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_open64)(const char *, int, ...);
static int (*real_open)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_openat64)(int, const char *, int, ...);
static int (*real_close)(int);
static int (*real_fstat64)(int, struct stat64 *);
static int (*real_fstat)(int, struct stat *);
static int (*real_stat64)(const char *, struct stat64 *);
static int (*real_stat)(const char *, struct stat *);
static int (*real_lstat64)(const char *, struct stat64 *);
static int (*real_lstat)(const char *, struct stat *);
static int (*real_unlink)(const char *);
static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_read)(int, void *, size_t);
static void *(*real_mmap64)(void *, size_t, int, int, int, off_t);
static void *(*real_mmap)(void *, size_t, int, int, int, off_t);

static void resolve(void) {
    if (real_pwrite64) return;
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
    real_pread64 = dlsym(RTLD_NEXT, "pread64");
    real_ftruncate64 = dlsym(RTLD_NEXT, "ftruncate64");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_open64 = dlsym(RTLD_NEXT, "open64");
    real_open = dlsym(RTLD_NEXT, "open");
    real_openat = dlsym(RTLD_NEXT, "openat");
    real_openat64 = dlsym(RTLD_NEXT, "openat64");
    real_close = dlsym(RTLD_NEXT, "close");
    real_fstat64 = dlsym(RTLD_NEXT, "fstat64");
    real_fstat = dlsym(RTLD_NEXT, "fstat");
    real_stat64 = dlsym(RTLD_NEXT, "stat64");
    real_stat = dlsym(RTLD_NEXT, "stat");
    real_lstat64 = dlsym(RTLD_NEXT, "lstat64");
    real_lstat = dlsym(RTLD_NEXT, "lstat");
    real_unlink = dlsym(RTLD_NEXT, "unlink");
    real_write = dlsym(RTLD_NEXT, "write");
    real_read = dlsym(RTLD_NEXT, "read");
    real_mmap64 = dlsym(RTLD_NEXT, "mmap64");
    real_mmap = dlsym(RTLD_NEXT, "mmap");
}

static void fail(const char *what) {
    char text[256];
    int n = snprintf(text, sizeof text, "powercut: unsupported call %s on a tracked file\n", what);
    real_write(2, text, (size_t)n);
    _exit(97);
}

static uint64_t next_random(void) {
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}

static double uniform(void) { return (double)(next_random() >> 11) / 9007199254740992.0; }

static int file_index(const char *path) {
    if (!enabled || !path) return -1;
    for (int i = 0; i < MAX_FILES; i++)
        if (files[i].path[0] && strcmp(files[i].path, path) == 0) return i;
    return -1;
}

static int fd_index(int fd) {
    if (!enabled || fd < 0 || fd >= MAX_FDS) return -1;
    return tracked_fd[fd] - 1;
}

static void write_stats(void) {
    if (!stats_path[0]) return;
    int fd = real_open(stats_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return;
    char text[256];
    int n = snprintf(text, sizeof text, "calls %ld cut %ld pending %ld applied %ld torn %ld\n",
                     calls, cut_done, stat_pending, stat_applied, stat_torn);
    real_write(fd, text, (size_t)n);
    real_close(fd);
}

__attribute__((constructor)) static void start(void) {
    resolve();
    const char *db = getenv("POWERCUT_DB");
    if (!db || !*db) return;
    snprintf(files[0].path, sizeof files[0].path, "%s", db);
    snprintf(files[1].path, sizeof files[1].path, "%s-journal", db);
    snprintf(files[2].path, sizeof files[2].path, "%s-wal", db);
    const char *at = getenv("POWERCUT_AT");
    cut_at = at ? atol(at) : 0;
    const char *at_exit = getenv("POWERCUT_AT_EXIT");
    cut_at_exit = at_exit && strcmp(at_exit, "1") == 0;
    const char *ignore = getenv("POWERCUT_IGNORE_SYNC");
    ignore_sync = ignore && strcmp(ignore, "1") == 0;
    const char *seed = getenv("POWERCUT_SEED");
    rng_state = (seed ? strtoull(seed, NULL, 10) : 1) * 0x9E3779B97F4A7C15ULL + 1;
    const char *stats = getenv("POWERCUT_STATS");
    if (stats) snprintf(stats_path, sizeof stats_path, "%s", stats);
    /* Line-buffered standard output: what the program printed before the cut reaches the harness. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    enabled = 1;
}

/* The size the file has with its overlay applied over `disk` bytes on disk. */
static off_t logical_size(Overlay *file, off_t disk) {
    off_t size = disk;
    for (size_t i = 0; i < file->count; i++) {
        Entry *e = &file->entries[i];
        if (e->truncate) size = e->off;
        else if (e->off + (off_t)e->len > size) size = e->off + (off_t)e->len;
    }
    return size;
}

static off_t disk_size_of_fd(int fd) {
    struct stat64 st;
    return real_fstat64(fd, &st) == 0 ? st.st_size : 0;
}

static void append(Overlay *file, int truncate, off_t off, const void *data, size_t len) {
    if (file->count == file->capacity) {
        file->capacity = file->capacity ? file->capacity * 2 : 64;
        file->entries = realloc(file->entries, file->capacity * sizeof(Entry));
    }
    Entry *e = &file->entries[file->count++];
    e->truncate = truncate;
    e->off = off;
    e->len = len;
    e->data = NULL;
    if (len) {
        e->data = malloc(len);
        memcpy(e->data, data, len);
    }
}

static void clear(Overlay *file) {
    for (size_t i = 0; i < file->count; i++) free(file->entries[i].data);
    file->count = 0;
}

/* Writes one entry to the file at `path` (opened for the purpose), whole or only the sectors in `mask`. */
static void apply_entry(int fd, Entry *e, int torn) {
    if (e->truncate) {
        real_ftruncate64(fd, e->off);
        return;
    }
    if (!torn) {
        real_pwrite64(fd, e->data, e->len, e->off);
        return;
    }
    /* Sectors are aligned to the file, as a disk sees them. */
    off_t pos = e->off;
    off_t end = e->off + (off_t)e->len;
    while (pos < end) {
        off_t sector_end = (pos / SECTOR + 1) * SECTOR;
        if (sector_end > end) sector_end = end;
        if (next_random() & 1) real_pwrite64(fd, e->data + (pos - e->off), (size_t)(sector_end - pos), pos);
        pos = sector_end;
    }
}

/* Applies the whole overlay of a file to disk, in order (at fsync). */
static void flush(Overlay *file, int fd) {
    for (size_t i = 0; i < file->count; i++) apply_entry(fd, &file->entries[i], 0);
    clear(file);
}

/* The power cut: a random subset of every file's unsynced writes reaches the disk, some torn. */
static void power_cut(void) {
    double keep = uniform();               /* from "almost nothing" to "almost everything" reached the disk */
    double tear = uniform() * 0.5;
    for (int i = 0; i < MAX_FILES; i++) {
        Overlay *file = &files[i];
        stat_pending += (long)file->count;
        if (!file->count) continue;
        int fd = real_open(file->path, O_RDWR | O_CLOEXEC);
        if (fd < 0) {   /* unlinked since: its writes are gone with it */
            clear(file);
            continue;
        }
        for (size_t j = 0; j < file->count; j++) {
            if (uniform() >= keep) continue;
            int torn = !file->entries[j].truncate && uniform() < tear;
            apply_entry(fd, &file->entries[j], torn);
            stat_applied++;
            stat_torn += torn;
        }
        real_close(fd);
        clear(file);
    }
    cut_done = calls;
    write_stats();
}

/* Counts one intercepted call; at the chosen one, cuts the power and kills the process. */
static void tick(void) {
    calls++;
    if (cut_at > 0 && calls == cut_at) {
        power_cut();
        kill(getpid(), SIGKILL);
        _exit(137);
    }
}

/* No power cut: whatever is still unsynced reaches the disk later, all of it. */
static void write_back(void) {
    for (int i = 0; i < MAX_FILES; i++) {
        if (!files[i].count) continue;
        int fd = real_open(files[i].path, O_RDWR | O_CLOEXEC);
        if (fd < 0) {
            clear(&files[i]);
            continue;
        }
        flush(&files[i], fd);
        real_close(fd);
    }
}

__attribute__((destructor)) static void finish(void) {
    if (!enabled) return;
    pthread_mutex_lock(&lock);
    if (cut_at_exit && !cut_done) {
        calls++;
        power_cut();
    } else {
        write_back();
        write_stats();
    }
    enabled = 0;
    pthread_mutex_unlock(&lock);
}

static void track(int fd, const char *path, int flags) {
    int index = file_index(path);
    if (index < 0 || fd < 0 || fd >= MAX_FDS) return;
    if (flags & O_TRUNC) fail("open(O_TRUNC)");
    tracked_fd[fd] = index + 1;
}

#define MODE_ARG(flags, mode)                                   \
    mode_t mode = 0;                                            \
    if (((flags) & O_CREAT) || ((flags) & O_TMPFILE) == O_TMPFILE) { \
        va_list args;                                           \
        va_start(args, flags);                                  \
        mode = (mode_t)va_arg(args, int);                       \
        va_end(args);                                           \
    }

/* open, open64: track the descriptor when the path is a tracked file. */
#define OPEN_WRAPPER(name, real)                                \
    int name(const char *path, int flags, ...) {                \
        resolve();                                              \
        MODE_ARG(flags, mode)                                   \
        pthread_mutex_lock(&lock);                              \
        int fd = real(path, flags, mode);                       \
        track(fd, path, flags);                                 \
        pthread_mutex_unlock(&lock);                            \
        return fd;                                              \
    }

/* openat, openat64: the same, for paths relative to the current folder or absolute. */
#define OPENAT_WRAPPER(name, real)                                          \
    int name(int dir, const char *path, int flags, ...) {                   \
        resolve();                                                          \
        MODE_ARG(flags, mode)                                               \
        pthread_mutex_lock(&lock);                                          \
        int fd = real(dir, path, flags, mode);                              \
        if (dir == AT_FDCWD || path[0] == '/') track(fd, path, flags);      \
        pthread_mutex_unlock(&lock);                                        \
        return fd;                                                          \
    }

OPEN_WRAPPER(open64, real_open64)
OPEN_WRAPPER(open, real_open)
OPENAT_WRAPPER(openat, real_openat)
OPENAT_WRAPPER(openat64, real_openat64)

int close(int fd) {
    resolve();
    pthread_mutex_lock(&lock);
    if (fd >= 0 && fd < MAX_FDS) tracked_fd[fd] = 0;   /* the overlay stays: closing does not sync */
    pthread_mutex_unlock(&lock);
    return real_close(fd);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    resolve();
    pthread_mutex_lock(&lock);
    int index = fd_index(fd);
    if (index < 0) {
        pthread_mutex_unlock(&lock);
        return real_pwrite64(fd, buf, n, off);
    }
    tick();
    append(&files[index], 0, off, buf, n);
    pthread_mutex_unlock(&lock);
    return (ssize_t)n;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) { return pwrite64(fd, buf, n, off); }

ssize_t pread64(int fd, void *buf, size_t n, off_t off) {
    resolve();
    pthread_mutex_lock(&lock);
    int index = fd_index(fd);
    if (index < 0 || files[index].count == 0) {
        pthread_mutex_unlock(&lock);
        return real_pread64(fd, buf, n, off);
    }
    Overlay *file = &files[index];
    off_t size = logical_size(file, disk_size_of_fd(fd));
    if (off >= size) {
        pthread_mutex_unlock(&lock);
        return 0;
    }
    if ((off_t)n > size - off) n = (size_t)(size - off);
    ssize_t got = real_pread64(fd, buf, n, off);
    if (got < 0) got = 0;
    if ((size_t)got < n) memset((char *)buf + got, 0, n - (size_t)got);
    off_t end = off + (off_t)n;
    for (size_t i = 0; i < file->count; i++) {
        Entry *e = &file->entries[i];
        if (e->truncate) {
            if (e->off < end) {
                off_t from = e->off > off ? e->off : off;
                memset((char *)buf + (from - off), 0, (size_t)(end - from));
            }
            continue;
        }
        off_t from = e->off > off ? e->off : off;
        off_t to = e->off + (off_t)e->len < end ? e->off + (off_t)e->len : end;
        if (from < to) memcpy((char *)buf + (from - off), e->data + (from - e->off), (size_t)(to - from));
    }
    pthread_mutex_unlock(&lock);
    return (ssize_t)n;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off) { return pread64(fd, buf, n, off); }

int ftruncate64(int fd, off_t length) {
    resolve();
    pthread_mutex_lock(&lock);
    int index = fd_index(fd);
    if (index < 0) {
        pthread_mutex_unlock(&lock);
        return real_ftruncate64(fd, length);
    }
    tick();
    append(&files[index], 1, length, NULL, 0);
    pthread_mutex_unlock(&lock);
    return 0;
}

int ftruncate(int fd, off_t length) { return ftruncate64(fd, length); }

static int sync_file(int fd, int (*real)(int)) {
    resolve();
    pthread_mutex_lock(&lock);
    int index = fd_index(fd);
    if (index >= 0) {
        tick();
        if (!ignore_sync) flush(&files[index], fd);
    }
    pthread_mutex_unlock(&lock);
    return real(fd);
}

int fsync(int fd) { return sync_file(fd, real_fsync); }
int fdatasync(int fd) { return sync_file(fd, real_fdatasync); }

static void fix_size(const char *path, off_t *size) {
    int index = file_index(path);
    if (index >= 0 && files[index].count) *size = logical_size(&files[index], *size);
}

static void fix_fd_size(int fd, off_t *size) {
    int index = fd_index(fd);
    if (index >= 0 && files[index].count) *size = logical_size(&files[index], *size);
}

/* fstat and stat report the size the file has with its overlay. */
#define STAT_WRAPPER(name, key_type, stat_type, real, fixer)    \
    int name(key_type key, stat_type *st) {                     \
        resolve();                                              \
        int rc = real(key, st);                                 \
        if (rc == 0) {                                          \
            pthread_mutex_lock(&lock);                          \
            fixer(key, &st->st_size);                           \
            pthread_mutex_unlock(&lock);                        \
        }                                                       \
        return rc;                                              \
    }

STAT_WRAPPER(fstat64, int, struct stat64, real_fstat64, fix_fd_size)
STAT_WRAPPER(fstat, int, struct stat, real_fstat, fix_fd_size)
STAT_WRAPPER(stat64, const char *, struct stat64, real_stat64, fix_size)
STAT_WRAPPER(stat, const char *, struct stat, real_stat, fix_size)
STAT_WRAPPER(lstat64, const char *, struct stat64, real_lstat64, fix_size)
STAT_WRAPPER(lstat, const char *, struct stat, real_lstat, fix_size)

int unlink(const char *path) {
    resolve();
    pthread_mutex_lock(&lock);
    int index = file_index(path);
    if (index >= 0) {
        tick();
        clear(&files[index]);
    }
    int rc = real_unlink(path);
    pthread_mutex_unlock(&lock);
    return rc;
}

ssize_t write(int fd, const void *buf, size_t n) {
    resolve();
    if (fd_index(fd) >= 0) fail("write");
    return real_write(fd, buf, n);
}

ssize_t read(int fd, void *buf, size_t n) {
    resolve();
    if (fd_index(fd) >= 0) fail("read");
    return real_read(fd, buf, n);
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
    static ssize_t (*real_writev)(int, const struct iovec *, int);
    if (!real_writev) real_writev = dlsym(RTLD_NEXT, "writev");
    if (fd_index(fd) >= 0) fail("writev");
    return real_writev(fd, iov, count);
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t off) {
    static ssize_t (*real_pwritev)(int, const struct iovec *, int, off_t);
    if (!real_pwritev) real_pwritev = dlsym(RTLD_NEXT, "pwritev");
    if (fd_index(fd) >= 0) fail("pwritev");
    return real_pwritev(fd, iov, count, off);
}

void *mmap64(void *addr, size_t n, int prot, int flags, int fd, off_t off) {
    resolve();
    if (fd_index(fd) >= 0) fail("mmap");
    return real_mmap64(addr, n, prot, flags, fd, off);
}

void *mmap(void *addr, size_t n, int prot, int flags, int fd, off_t off) {
    resolve();
    if (fd_index(fd) >= 0) fail("mmap");
    return real_mmap(addr, n, prot, flags, fd, off);
}
