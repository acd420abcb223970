"""Reading a workbook in a child process with a memory ceiling.

A reader written in Rust aborts the whole process when an allocation fails; in the
import wizard's background thread that took the open window with it. Here the
reading runs in a fresh child process (never a fork: the window's process has
threads) whose address space is capped with ``setrlimit`` on Linux and macOS, and by
a job object with a per-process memory limit on Windows. The child is
``python -c`` talking pickles over its pipes (it starts in 50 ms: no openpyxl or numpy, and it
does not re-import the caller's main module); the frozen Windows build, which has no
``python``, uses multiprocessing's spawn through ``freeze_support``. Whatever the
file does, the parent gets the rows, the child's typed error, or
``import_reader_failed``.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from salon_crm.core import errors
from salon_crm.core.errors import SalonError, ValidationError

MEMORY_CEILING = 2 << 30  # bytes of address space for the reading child
TIMEOUT_SECONDS = 600
# how soon the spawned path notices a child that died without a word
_POLL_SECONDS = 0.05
T = TypeVar("T")


def run_isolated(function: Callable[..., T], *args: Any, file: str, ceiling: int = MEMORY_CEILING) -> T:
    """``function(*args)`` in a child process; its ``SalonError`` is raised again here.

    A child that dies, runs out of memory or takes longer than ``TIMEOUT_SECONDS``
    raises ``ValidationError("import_reader_failed")`` naming ``file``.
    ``function`` crosses to the child by pickle, that is by name: it must be a module-level function.
    """
    # in the frozen build sys.executable is the app itself, which cannot run ``-c``
    if getattr(sys, "frozen", False):
        outcome = _run_spawned(function, args, ceiling)
    else:
        outcome = _run_python(function, args, ceiling)
    kind, payload = outcome
    if kind == "ok":
        return payload  # type: ignore[no-any-return]
    if kind == "error":
        name, code, values = payload
        # rebuilt from core.errors by name, so the UI words it as the typed error it was (an unknown
        # name falls back to SalonError); only the code and values cross, never a traceback
        error_type = getattr(errors, name, SalonError)
        raise error_type(code, **values)
    # "died", "memory" and "crash" all read as one failed read: the user can do the same about each
    raise ValidationError("import_reader_failed", file=file, megabytes=ceiling >> 20)


_CHILD = "from salon_crm.excel.isolation import serve; serve()"


def _run_python(function: Callable[..., Any], args: tuple[Any, ...], ceiling: int) -> tuple[str, Any]:
    job = pickle.dumps((ceiling, function, args), protocol=pickle.HIGHEST_PROTOCOL)
    # stderr to nowhere for the reason _child gives: a Rust abort's backtrace is not for the user
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=job, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=TIMEOUT_SECONDS, check=False,
        )  # fmt: skip
    except (subprocess.TimeoutExpired, OSError):
        return ("died", None)
    # a non-zero code or no answer: the child was killed (the memory ceiling, an abort) before replying
    if done.returncode != 0 or not done.stdout:
        return ("died", None)
    try:
        outcome: tuple[str, Any] = pickle.loads(done.stdout)
    except Exception:  # a child killed while writing
        return ("died", None)
    return outcome


def serve() -> None:
    """The child's side of :func:`_run_python`: a job on stdin, its outcome on stdout."""
    ceiling, function, args = pickle.loads(sys.stdin.buffer.read())
    limit_memory(ceiling)
    outcome = _outcome(function, args)
    try:
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        # the rows were read but are too big to send under the ceiling: still a clean answer
        data = pickle.dumps(("memory", None))
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _outcome(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    try:
        return ("ok", function(*args))
    except SalonError as error:
        return ("error", (type(error).__name__, error.code, dict(error.values)))
    except MemoryError:
        return ("memory", None)
    except BaseException as error:  # anything else is a failed read, told as one
        return ("crash", repr(error)[:200])


def _run_spawned(function: Callable[..., Any], args: tuple[Any, ...], ceiling: int) -> tuple[str, Any]:
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    # daemon: a child still reading is ended with the app rather than left behind when the window closes
    process = context.Process(target=_child, args=(sender, ceiling, function, args), daemon=True)
    process.start()
    sender.close()  # the parent's copy: recv() then sees EOF when the child dies
    deadline = time.monotonic() + TIMEOUT_SECONDS
    outcome: tuple[str, Any] = ("died", None)
    try:
        while not receiver.poll(_POLL_SECONDS):
            # dead and nothing waiting in the pipe: a child that sent its answer and then exited is not lost
            if not process.is_alive() and not receiver.poll(0):
                break
            if time.monotonic() > deadline:
                break
        else:
            outcome = receiver.recv()
    except (EOFError, OSError):
        outcome = ("died", None)
    finally:
        receiver.close()
        # a child past the deadline, or one stuck after sending, must not outlive the read
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()
    return outcome


def _child(sender: Connection, ceiling: int, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # A Rust abort prints a backtrace: the user sees the parent's one-line message instead.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    limit_memory(ceiling)
    try:
        result = function(*args)
        sender.send(("ok", result))
    except SalonError as error:
        sender.send(("error", (type(error).__name__, error.code, dict(error.values))))
    except MemoryError:
        sender.send(("memory", None))
    except BaseException as error:
        sender.send(("crash", repr(error)[:200]))
    finally:
        sender.close()


def limit_memory(ceiling: int) -> bool:
    """Cap this process's memory at ``ceiling`` bytes; False where the system offers no way."""
    if sys.platform == "win32":
        return _limit_windows(ceiling)
    try:
        import resource

        # RLIMIT_AS, the address space: Linux does not enforce RLIMIT_RSS. An unprivileged process
        # cannot raise its hard limit, so the ceiling never goes above it (setrlimit would refuse)
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        return False
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build only
    import ctypes
    from ctypes import wintypes

    class _Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class _Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", _Basic),
            ("IoInfo", ctypes.c_ulonglong * 6),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    _JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
    _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9

    def _limit_windows(ceiling: int) -> bool:
        """Put this process in a new job object whose processes may commit at most ``ceiling`` bytes."""
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        # declared types: ctypes takes an undeclared result for a C int, which cuts a 64-bit HANDLE short
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        info = _Extended()
        info.BasicLimitInformation.LimitFlags = _JOB_OBJECT_LIMIT_PROCESS_MEMORY
        # per process, not per job: the job holds only this child
        info.ProcessMemoryLimit = ceiling
        size = ctypes.sizeof(info)
        if not kernel32.SetInformationJobObject(job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), size):
            return False
        return bool(kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()))
else:

    def _limit_windows(ceiling: int) -> bool:
        return False
