package lint

import "syscall"

// noAccessTime asks open(2) to leave the access time alone (see openToRead).
const noAccessTime = syscall.O_NOATIME
