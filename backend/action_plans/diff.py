"""A readable list of what changed between two plan versions, item by item and field by field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Json = Any
ITEM_LISTS = {"goals": "title", "activities": "description"}


@dataclass(frozen=True)
class Change:
    kind: Literal["added", "removed", "changed"]
    path: str  # vision | goals/<id> | goals/<id>/<field> | activities/<id>/<field>
    label: str  # the item's title, so a person can tell which goal is meant
    before: Json
    after: Json


def diff_plans(old: dict[str, Json], new: dict[str, Json]) -> list[Change]:
    changes: list[Change] = []
    if old.get("vision", "") != new.get("vision", ""):
        changes.append(
            Change("changed", "vision", "", old.get("vision", ""), new.get("vision", ""))
        )
    for name, label_field in ITEM_LISTS.items():
        old_by = {item["id"]: item for item in old.get(name, [])}
        new_by = {item["id"]: item for item in new.get(name, [])}
        for item_id, item in new_by.items():
            label = str(item.get(label_field, ""))
            if item_id not in old_by:
                changes.append(Change("added", f"{name}/{item_id}", label, None, item))
                continue
            before = old_by[item_id]
            for field in dict.fromkeys([*before, *item]):
                if field != "id" and before.get(field) != item.get(field):
                    changes.append(
                        Change(
                            "changed",
                            f"{name}/{item_id}/{field}",
                            label,
                            before.get(field),
                            item.get(field),
                        )
                    )
        for item_id, item in old_by.items():
            if item_id not in new_by:
                changes.append(
                    Change(
                        "removed", f"{name}/{item_id}", str(item.get(label_field, "")), item, None
                    )
                )
    return changes
