"""Actor resolution: aliases, capitals, leaders, demonym phrases, organisations."""

from pathlib import Path

import pytest

from pipeline.actors import ActorRegistry


def actors(registry, text: str) -> list[str]:
    return [m.actor for m in registry.mentions(text)]


@pytest.mark.parametrize("text, expected", [
    ("Baku said", "Azerbaijan"),
    ("Aliyev said", "Azerbaijan"),
    ("Aliev said", "Azerbaijan"),
    ("Pashinian said", "Armenia"),
    ("Pashinyan’s spokesman said", "Armenia"),
    ("the Kremlin said", "Russia"),
    ("the Azerbaijani presidency said", "Azerbaijan"),
    ("Turkish President Recep Tayyip Erdogan said", "Turkey"),
    ("the French foreign ministry said", "France"),
    ("the Armenian health minister said", "Armenia"),
    ("Maria Zakharova said", "Russia"),
    ("the State Department said", "United States"),
    ("the International Committee of the Red Cross said", "ICRC"),
    ("the separatists said", "Nagorno-Karabakh authorities"),
])
def test_seed_mentions_resolve_to_canonical_actors(registry, text, expected):
    assert actors(registry, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nairobi said", "Kenya"),
    ("the Kenyan foreign ministry said", "Kenya"),
    ("Kinshasa said", "Democratic Republic of the Congo"),
    ("Ottawa said", "Canada"),
    ("NATO said", "NATO"),
    ("the African Union said", "African Union"),
    ("ECOWAS said", "ECOWAS"),
    ("Human Rights Watch said", "Human Rights Watch"),
    ("the OSCE said", "OSCE"),
    ("UNHCR said", "UNHCR"),
])
def test_other_crises_work_without_editing_actors_csv(registry, text, expected):
    assert actors(registry, text)[0] == expected


def test_compounds_and_news_agencies_are_not_actors(registry):
    assert "European Union" not in actors(registry, "an EU-brokered meeting")
    assert "France" not in actors(registry, "two sources told Agence France Presse")
    assert actors(registry, "the Brussels-based International Crisis Group") == ["International Crisis Group"]


def test_bare_demonym_is_not_an_actor(registry):
    assert actors(registry, "Azerbaijani soldiers and Armenian refugees") == []


def test_adding_an_actor_is_adding_a_row(tmp_path: Path):
    extra = tmp_path / "actors.csv"
    extra.write_text("actor,alias,kind\nWagner Group,Yevgeny Prigozhin,person\n", encoding="utf-8")
    registry = ActorRegistry.load(extra)
    assert actors(registry, "Yevgeny Prigozhin said") == ["Wagner Group"]
    assert "Wagner Group" in registry.actors
