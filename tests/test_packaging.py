"""What `pip install jamlik` installs is the product: no test tooling, no test-only dependency."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_wheel(tmp_path: Path) -> Path:
    # Built from a copy, so the build leaves nothing in the working tree.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT / "backend", source / "backend", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", source)
    dist = tmp_path / "dist"
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(dist),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("*.whl")
    return wheel


def test_the_wheel_holds_no_test_tooling_and_needs_no_smtp_server(tmp_path):
    """Defect: backend/testing/ (the end-to-end server, the movable clock's endpoints and the SMTP
    server that catches mail) shipped in the package, and aiosmtpd was a runtime dependency."""
    with zipfile.ZipFile(_build_wheel(tmp_path)) as wheel:
        names = wheel.namelist()
        (metadata,) = (name for name in names if name.endswith(".dist-info/METADATA"))
        requires = [
            line.removeprefix("Requires-Dist:").strip()
            for line in wheel.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist:")
        ]
        sources = {name: wheel.read(name).decode() for name in names if name.endswith(".py")}

    assert "backend/main.py" in sources
    assert [name for name in sources if not name.startswith("backend/")] == []
    assert [name for name in sources if "/testing/" in name or "e2e" in name] == []
    for name, text in sources.items():
        assert "aiosmtpd" not in text, name
        assert "OffsetClock" not in text, name
    runtime = [r for r in requires if "extra ==" not in r]
    assert [r for r in runtime if r.lower().startswith("aiosmtpd")] == []
    assert any(r.lower().startswith("aiosmtpd") and 'extra == "dev"' in r for r in requires)
    # What the product needs at run time is in it: migrations, mail templates, the PDF's fonts.
    assert "backend/migrations/env.py" in names
    assert "backend/certificates/fonts/DejaVuSans.ttf" in names
