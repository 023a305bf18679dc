"""Three-way merge of plan documents, for two people who saved from the same version.

Field by field and item by item (goals and activities by id): a change made on one side only is
taken; the same change on both sides is taken once; different changes to one field are a conflict
where the version already saved ("theirs") is kept and the conflict listed, so the person can
decide. An item one side deleted and the other changed is kept: an edit is never silently lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Json = Any
LISTS = ("goals", "activities")


@dataclass(frozen=True)
class Conflict:
    path: str
    base: Json
    mine: Json
    theirs: Json


def _merge_value(
    path: str, base: Json, mine: Json, theirs: Json, conflicts: list[Conflict]
) -> Json:
    if mine in (theirs, base):
        return theirs
    if theirs == base:
        return mine
    conflicts.append(Conflict(path, base, mine, theirs))
    return theirs


def _merge_item(
    path: str,
    base: dict[str, Json],
    mine: dict[str, Json],
    theirs: dict[str, Json],
    conflicts: list[Conflict],
) -> dict[str, Json]:
    keys = list(dict.fromkeys([*theirs, *mine]))
    return {
        key: _merge_value(f"{path}/{key}", base.get(key), mine.get(key), theirs.get(key), conflicts)
        for key in keys
    }


def _merge_list(
    name: str,
    base: list[dict[str, Json]],
    mine: list[dict[str, Json]],
    theirs: list[dict[str, Json]],
    conflicts: list[Conflict],
) -> list[dict[str, Json]]:
    base_by = {item["id"]: item for item in base}
    mine_by = {item["id"]: item for item in mine}
    theirs_by = {item["id"]: item for item in theirs}
    merged: list[dict[str, Json]] = []
    # Their order first (it is what is saved), then what only I added, in my order.
    for item_id in [*theirs_by, *(i for i in mine_by if i not in theirs_by)]:
        path = f"{name}/{item_id}"
        in_base, in_mine, in_theirs = item_id in base_by, item_id in mine_by, item_id in theirs_by
        if in_mine and in_theirs:
            merged.append(
                _merge_item(
                    path, base_by.get(item_id, {}), mine_by[item_id], theirs_by[item_id], conflicts
                )
            )
        elif in_theirs:  # not in mine: I deleted it, or they added it
            if in_base and theirs_by[item_id] != base_by[item_id]:
                conflicts.append(Conflict(path, base_by[item_id], None, theirs_by[item_id]))
                merged.append(theirs_by[item_id])
            elif not in_base:
                merged.append(theirs_by[item_id])
        elif in_mine:  # not in theirs: they deleted it, or I added it
            if in_base and mine_by[item_id] != base_by[item_id]:
                conflicts.append(Conflict(path, base_by[item_id], mine_by[item_id], None))
                merged.append(mine_by[item_id])
            elif not in_base:
                merged.append(mine_by[item_id])
    return merged


def merge_plans(
    base: dict[str, Json], mine: dict[str, Json], theirs: dict[str, Json]
) -> tuple[dict[str, Json], list[Conflict]]:
    conflicts: list[Conflict] = []
    merged: dict[str, Json] = {
        "vision": _merge_value(
            "vision",
            base.get("vision", ""),
            mine.get("vision", ""),
            theirs.get("vision", ""),
            conflicts,
        )
    }
    for name in LISTS:
        merged[name] = _merge_list(
            name, base.get(name, []), mine.get(name, []), theirs.get(name, []), conflicts
        )
    _drop_dangling_links(merged)
    return merged, conflicts


def _drop_dangling_links(content: dict[str, Json]) -> None:
    """An activity linked to a goal the merge removed keeps its other links."""
    goal_ids = {goal["id"] for goal in content["goals"]}
    for activity in content["activities"]:
        activity["goal_ids"] = [g for g in activity.get("goal_ids", []) if g in goal_ids]
