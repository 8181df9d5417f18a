"""Packaging: a non-editable install ships every data file the library reads (name files, report template)."""

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_folder_of_the_package_is_listed_and_its_files_shipped():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages, package_data = set(config["packages"]), config["package-data"]
    folders = [d for d in (ROOT / "pipeline").iterdir() if d.is_dir() and d.name != "__pycache__"]
    assert folders, "the package has data folders (data/, templates/)"
    for folder in folders:
        name = f"pipeline.{folder.name}"
        assert name in packages, f"{name} is not listed in [tool.setuptools] packages"
        patterns = package_data.get(name, [])
        for file in folder.iterdir():
            if file.is_file() and file.suffix != ".py":
                assert any(fnmatch.fnmatch(file.name, p) for p in patterns), f"{file} is not shipped"
