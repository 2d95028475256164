// The system zlib (Debian: zlib1g-dev), for inflating .zip entries in process.
#include <zlib.h>
