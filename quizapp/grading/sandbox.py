"""Confine a freshly forked child before it runs learner code (Linux).

Layers, each used when the kernel offers it (``probe`` finds out once per worker):

* resource limits: CPU seconds, address space relative to the current size, open files,
  file size, no core dumps, no new processes;
* its own network namespace (nothing to connect to, not even the host's loopback);
* Landlock: read-only access to the Python installation and system libraries, read-write only
  to the scratch folder; the project's ``solvers/``, the question bank and the learner's data
  folder are unreadable;
* a seccomp filter: no exec, no new processes or threads, no sockets, no signals to other
  processes, no raising limits, no namespaces or mounts.

The child also gets its own process group (the worker kills the group on timeout) and its
standard streams are pointed at a capped file in the scratch folder, so it cannot write into
the worker's protocol channel.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import resource
import site
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
OUTPUT_FILE = "output.txt"
RESULT_FD = 3

# Syscalls refused with EPERM (they fail like any denied operation: a clean Python error).
DENIED_SYSCALLS = (
    "execve", "execveat", "fork", "vfork", "clone", "clone3",
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
    "ptrace", "process_vm_readv", "process_vm_writev",
    "setrlimit", "prlimit64", "unshare", "setns", "mount", "umount2", "pivot_root", "chroot",
    "setpgid", "setsid",
    "bpf", "perf_event_open", "keyctl", "add_key", "request_key", "personality", "userfaultfd",
    "io_uring_setup", "reboot", "swapon", "swapoff", "init_module", "finit_module", "delete_module",
)
# No signals to any process, itself included (the kernel still delivers SIGSEGV, SIGXCPU…).
SIGNAL_SYSCALLS = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal")
# Packages of this project that must stay out of the learner's reach.
PRIVATE_PACKAGES = ("solvers", "question_bank", "quizapp")


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 5
    memory_mib: int = 768  # on top of what the worker already maps
    open_files: int = 64
    file_mib: int = 4


@dataclass(frozen=True)
class Features:
    netns: bool = False
    landlock: bool = False
    seccomp: bool = False

    @property
    def full(self) -> bool:
        return self.netns and self.landlock and self.seccomp

    def describe(self) -> str:
        names = [n for n in ("netns", "landlock", "seccomp") if getattr(self, n)]
        return "+".join(["rlimits", *names])


_libc = ctypes.CDLL(None, use_errno=True)

# Loaded here, in the worker, never after fork: finding libseccomp runs ldconfig/gcc and
# writes temporary files, which the confined child may not do.
try:
    import pyseccomp as _seccomp
except (ImportError, RuntimeError, OSError):  # no libseccomp on this system
    _seccomp = None
try:
    import landlock as _landlock
except (ImportError, OSError):
    _landlock = None


def _unshare(flags: int) -> None:
    if _libc.unshare(flags) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def enter_network_namespace() -> None:
    """A namespace with no interfaces up; as non-root, inside a new user namespace."""
    if os.geteuid() == 0:
        _unshare(CLONE_NEWNET)
        return
    uid, gid = os.geteuid(), os.getegid()
    _unshare(CLONE_NEWUSER | CLONE_NEWNET)
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
    Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")


def _site_dirs() -> set[str]:
    dirs = set(site.getsitepackages()) | {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    base = {"base": sys.base_prefix, "platbase": sys.base_exec_prefix}
    dirs |= {sysconfig.get_path("purelib", vars=base), sysconfig.get_path("platlib", vars=base)}
    return {os.path.realpath(d) for d in dirs if d and os.path.isdir(d)}


_LISTABLE: set[str] = set()


def _expand(root: str, site_dirs: set[str], project: str) -> list[str]:
    """``root`` as allowed folders, leaving out the project and its packages in site-packages."""
    if root == project:
        return []
    if root in site_dirs:
        _LISTABLE.add(root)
        return [
            os.path.realpath(e.path)
            for e in os.scandir(root)
            if e.name.split(".")[0].split("-")[0] not in PRIVATE_PACKAGES and not e.name.startswith("__editable__")
        ]
    blocked = site_dirs | {project}
    if not any(b.startswith(root.rstrip("/") + "/") for b in blocked):
        return [root]
    out: list[str] = []
    _LISTABLE.add(root)  # its names may be listed (imports scan folders), its files not read
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    for entry in entries:
        real = os.path.realpath(entry.path)
        if entry.is_dir() and real.startswith(root.rstrip("/") + "/"):
            out.extend(_expand(real, site_dirs, project))
        elif entry.is_dir() and any(b == real or b.startswith(real.rstrip("/") + "/") for b in blocked):
            continue  # a link back up to a folder holding the project: skip
        else:
            out.append(real)
    return out


@functools.cache
def readable_roots() -> list[str]:
    """Paths the learner's code may read: the interpreter, libraries, system files."""
    roots = {"/usr", "/lib", "/lib64", "/etc", "/bin", "/dev/null", "/dev/urandom",
             sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    project = os.path.realpath(str(Path(__file__).resolve().parents[2]))
    site_dirs = _site_dirs()
    out: set[str] = set()
    for root in roots:
        if root and os.path.exists(root):
            out.update(_expand(os.path.realpath(root), site_dirs, project))
    return sorted(out)


RULESET_FD = 4


def build_landlock(writable: str, *, execute: bool = False) -> int:
    """A Landlock ruleset (an fd) allowing reads of :func:`readable_roots` and everything under
    ``writable``. Built once in the worker; each child only applies it (:func:`apply_landlock`)."""
    if _landlock is None:
        raise OSError("landlock unavailable")
    FSAccess, Ruleset = _landlock.FSAccess, _landlock.Ruleset
    read = FSAccess.READ_FILE | FSAccess.READ_DIR | (FSAccess.EXECUTE if execute else 0)
    file_read = FSAccess.READ_FILE | (FSAccess.EXECUTE if execute else 0)
    ruleset = Ruleset()
    for root in readable_roots():
        try:
            ruleset.allow(root, rules=read if os.path.isdir(root) else file_read)
        except OSError:
            continue
    for folder in sorted(_LISTABLE):
        try:
            ruleset.allow(folder, rules=FSAccess.READ_DIR)
        except OSError:
            continue
    ruleset.allow(writable)
    # Park it on a high fd so a child's dup2 onto fds 3 and 4 can never clobber it.
    import fcntl

    high = fcntl.fcntl(ruleset._fd, fcntl.F_DUPFD_CLOEXEC, 200)
    os.close(ruleset._fd)
    return high


def apply_landlock(ruleset_fd: int, *, close: bool = True) -> None:
    from landlock.plumbing import PR_SET_NO_NEW_PRIVS, get_prctl, get_restrict_self

    get_prctl()(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    get_restrict_self()(ruleset_fd, 0)
    if close:
        os.close(ruleset_fd)


def build_seccomp() -> Any:
    """The syscall filter, built once in the worker; children only load it."""
    seccomp = _seccomp
    if seccomp is None:
        raise OSError("libseccomp unavailable")
    deny = seccomp.ERRNO(errno.EPERM)
    rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for name in (*DENIED_SYSCALLS, *SIGNAL_SYSCALLS):
        try:
            rules.add_rule(deny, name)
        except (OSError, RuntimeError, ValueError):
            continue  # not a syscall on this architecture
    return rules


def apply_seccomp(rules: Any = None) -> None:
    (rules or build_seccomp()).load()


def set_limits(limits: Limits) -> None:
    def clamp(which: int, value: int) -> None:
        soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, value))

    with open("/proc/self/statm") as fh:
        mapped = int(fh.read().split()[0]) * resource.getpagesize()
    clamp(resource.RLIMIT_AS, mapped + limits.memory_mib * 2**20)
    clamp(resource.RLIMIT_CPU, limits.cpu_seconds)
    clamp(resource.RLIMIT_NOFILE, limits.open_files)
    clamp(resource.RLIMIT_FSIZE, limits.file_mib * 2**20)
    clamp(resource.RLIMIT_CORE, 0)
    if os.geteuid() != 0:
        clamp(resource.RLIMIT_NPROC, 0)


REQUEST_FD = 5


def _place(targets: dict[int, int]) -> None:
    """dup2 each source fd onto its target fd without one move clobbering another source."""
    import fcntl

    parked = {target: fcntl.fcntl(source, fcntl.F_DUPFD, 300) for target, source in targets.items()}
    for target, fd in parked.items():
        os.dup2(fd, target)
        os.close(fd)


def confine(scratch: str, result_fd: int, limits: Limits, features: Features, ruleset_fd: int | None = None,
            syscall_filter: Any = None, request_fd: int | None = None) -> None:
    """Run in the child right after fork, before any learner code. Raises if a layer fails."""
    import signal

    if os.getpgid(0) != os.getpid():
        os.setpgid(0, 0)  # (a session leader, as in the plain-subprocess fallback, already is one)
    os.chdir(scratch)
    # Standard streams -> a capped file; result pipe -> fd 3, Landlock ruleset -> fd 4,
    # request pipe (pre-forked children) -> fd 5; everything else closed.
    out = os.open(os.path.join(scratch, OUTPUT_FILE), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    targets = {RESULT_FD: result_fd}
    if ruleset_fd is not None:
        targets[RULESET_FD] = ruleset_fd
    if request_fd is not None:
        targets[REQUEST_FD] = request_fd
    _place(targets)
    os.closerange(max(targets) + 1, 65536)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an over-long write fails instead of killing
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)
    if features.netns:
        enter_network_namespace()
    set_limits(limits)
    if features.landlock:
        if ruleset_fd is None:
            raise OSError("no Landlock ruleset")
        apply_landlock(RULESET_FD)
    if features.seccomp:
        apply_seccomp(syscall_filter)


def probe() -> Features:
    """Which layers work here: try each in a throwaway child."""
    found = {}
    for name, trial in (("netns", enter_network_namespace), ("landlock", lambda: apply_landlock(build_landlock("/tmp"))),
                        ("seccomp", apply_seccomp)):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            try:
                trial()
                os._exit(0)
            except BaseException:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        found[name] = os.waitstatus_to_exitcode(status) == 0
    return Features(**found)
