"""The production stack on loopback: PostgreSQL database, Redis, gunicorn with 2 workers."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_SERVER = "postgres://postgres@127.0.0.1:5432"


def environment(*, database, redis_db=13):
    """Production settings on loopback: no TLS redirect or secure-only cookies (plain HTTP)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "bench-only-" + "k" * 50),
        "DATABASE_URL": f"{PG_SERVER}/{database}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{redis_db}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "MEDIA_ROOT": str(ROOT / "var" / "media"),
    }


def recreate_database(name):
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """`gunicorn config.wsgi` with `workers` sync workers on 127.0.0.1:<free port>."""

    def __init__(self, *, env, workers=2):
        self.port = free_port()
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.process = subprocess.Popen(
            [
                gunicorn,
                "config.wsgi",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "60",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        self.wait_healthy()

    def wait_healthy(self, seconds=60):
        from bench.loadgen import fetch

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if fetch("127.0.0.1", self.port, "/health/")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not become healthy")

    def worker_pids(self):
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.process.pid)], capture_output=True, text=True
        ).stdout
        return [int(pid) for pid in out.split()]

    def peak_memory_mb(self):
        """{worker pid: VmHWM in MiB}: the peak resident memory of each worker so far."""
        peaks = {}
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = int(line.split()[1]) / 1024
        return peaks

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
