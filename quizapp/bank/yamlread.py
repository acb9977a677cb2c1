"""PyYAML's libyaml loader, taught to remember the line of every mapping key and list entry.

Imported only when YAML is parsed; a start from the bank cache never loads PyYAML.
"""

from __future__ import annotations

from typing import Any

import yaml

from quizapp.bank.loader import _LineDict, _LineList


class LineLoader(yaml.CSafeLoader):
    """libyaml parser + safe constructor; containers remember their source lines."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []


def _construct_map(loader: LineLoader, node: yaml.MappingNode):
    data = _LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in data.key_lines:
            loader.duplicate_keys.append((key_node.start_mark.line + 1, str(key)))
        data.key_lines[key] = key_node.start_mark.line + 1
        data[key] = loader.construct_object(value_node, deep=False)


def _construct_seq(loader: LineLoader, node: yaml.SequenceNode):
    data = _LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
