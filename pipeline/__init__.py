"""Per-actor stance tables from news coverage of an international crisis."""

__version__ = "0.1.0"
