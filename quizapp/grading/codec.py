"""Values out of the sandbox, without pickle.

The learner's child encodes what the function returned as a JSON tree plus raw blobs written
by ``numpy.save(allow_pickle=False)``; the trusted side rebuilds real objects from that and
nothing else. Types are recorded exactly (``type(x) is float``), so a float subclass that lies
in ``__eq__`` or an object that claims to equal everything arrives as "unsupported type X" and
can never compare equal to anything.
"""

from __future__ import annotations

import io
import json
import struct
import sys
from typing import Any

MAX_DEPTH = 20
MAX_ITEMS = 100_000  # elements of a list/dict; arrays are limited by bytes instead


class Unsupported:
    """Stands for a value the sandbox would not hand over (its type name is kept)."""

    def __init__(self, type_name: str, reason: str = "") -> None:
        self.type_name = type_name
        self.reason = reason

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


def type_name(value: Any) -> str:
    kind = type(value)
    module = kind.__module__
    if module in ("builtins", None):
        return kind.__qualname__
    short = {"numpy": "numpy", "pandas.core.frame": "pandas", "pandas.core.series": "pandas", "torch": "torch"}
    return f"{short.get(module, module)}.{kind.__qualname__}"


# --- child side ---------------------------------------------------------------------------
class _Encoder:
    def __init__(self) -> None:
        self.blobs: list[bytes] = []

    def blob(self, array: Any) -> int:
        np = sys.modules["numpy"]
        buf = io.BytesIO()
        np.save(buf, array, allow_pickle=False)
        self.blobs.append(buf.getvalue())
        return len(self.blobs) - 1

    def array(self, array: Any, depth: int) -> dict[str, Any]:
        if array.dtype.hasobject:
            return {"t": "objarray", "shape": list(array.shape),
                    "items": [self.value(v, depth + 1) for v in array.ravel().tolist()]}
        return {"t": "ndarray", "blob": self.blob(array)}

    def value(self, value: Any, depth: int = 0) -> dict[str, Any]:
        if depth > MAX_DEPTH:
            return {"t": "unsupported", "type": type_name(value), "reason": "too deep"}
        kind = type(value)
        if value is None:
            return {"t": "none"}
        if kind is bool:
            return {"t": "bool", "v": value}
        if kind is int:
            return {"t": "int", "v": str(value)}
        if kind is float:
            return {"t": "float", "v": repr(value)}
        if kind is str:
            return {"t": "str", "v": value}
        if kind in (list, tuple):
            if len(value) > MAX_ITEMS:
                return {"t": "unsupported", "type": type_name(value), "reason": "too many items"}
            return {"t": kind.__name__, "items": [self.value(v, depth + 1) for v in value]}
        if kind is dict:
            if len(value) > MAX_ITEMS:
                return {"t": "unsupported", "type": "dict", "reason": "too many items"}
            return {"t": "dict", "items": [[self.value(k, depth + 1), self.value(v, depth + 1)] for k, v in value.items()]}
        np = sys.modules.get("numpy")
        if np is not None:
            if kind is np.ndarray:
                return self.array(value, depth)
            if isinstance(value, np.generic) and kind.__module__ == "numpy":
                return {"t": "npscalar", "blob": self.blob(np.asarray(value))}
        pd = sys.modules.get("pandas")
        if pd is not None:
            if kind is pd.DataFrame:
                return {
                    "t": "DataFrame",
                    "columns": self.index(value.columns, depth),
                    "data": [self.series_values(column, depth) for _, column in value.items()],
                    "index": self.index(value.index, depth),
                }
            if kind is pd.Series:
                return {"t": "Series", "name": self.value(value.name, depth + 1),
                        "values": self.series_values(value, depth), "index": self.index(value.index, depth)}
            if isinstance(value, pd.Index) and kind.__module__.startswith("pandas"):
                return self.index(value, depth)
            if kind is pd.Timestamp:
                return {"t": "Timestamp", "v": value.isoformat()}
        torch = sys.modules.get("torch")
        if torch is not None and kind is torch.Tensor:
            data = value.detach().cpu()
            return {"t": "Tensor", "dtype": str(data.dtype).removeprefix("torch."),
                    "requires_grad": bool(value.requires_grad), "data": self.array(data.numpy(), depth)}
        return {"t": "unsupported", "type": type_name(value)}

    def series_values(self, series: Any, depth: int) -> dict[str, Any]:
        np = sys.modules["numpy"]
        dtype = series.dtype
        if isinstance(dtype, np.dtype) and not dtype.hasobject:
            return {"dtype": str(dtype), "data": self.array(series.to_numpy(), depth)}
        if str(dtype) == "category":
            cat = series.array
            return {"dtype": "category", "ordered": bool(cat.ordered),
                    "categories": self.index(cat.categories, depth), "codes": self.array(np.asarray(cat.codes), depth)}
        # object and extension dtypes (string, Int64, boolean…): plain Python values + dtype name
        values = series.to_numpy(dtype=object)
        missing = sys.modules["pandas"].isna(values)
        return {"dtype": str(dtype), "items": [
            {"t": "none"} if gone else self.value(v, depth + 1) for v, gone in zip(values.tolist(), missing.tolist())
        ]}

    def index(self, index: Any, depth: int) -> dict[str, Any]:
        pd = sys.modules["pandas"]
        if type(index) is pd.RangeIndex:
            return {"t": "RangeIndex", "start": index.start, "stop": index.stop, "step": index.step,
                    "name": self.value(index.name, depth + 1)}
        if isinstance(index, pd.MultiIndex):
            return {"t": "MultiIndex", "levels": [self.index(index.get_level_values(i), depth + 1) for i in range(index.nlevels)]}
        return {"t": "Index", "name": self.value(index.name, depth + 1),
                "values": self.series_values(pd.Series(index, copy=False), depth)}


def fingerprint(value: Any) -> str:
    """A digest that changes when ``value``'s contents change (to notice mutated inputs); fast
    for arrays and frames, the full encoding for anything else. Same value, same digest, in
    any process."""
    import hashlib

    kind = type(value)
    return hashlib.sha256(f"{kind.__module__}.{kind.__qualname__}:".encode() + _fingerprint_bytes(value)).hexdigest()


def _fingerprint_bytes(value: Any) -> bytes:
    np, pd = sys.modules.get("numpy"), sys.modules.get("pandas")
    try:
        if pd is not None and type(value) in (pd.DataFrame, pd.Series):
            labels = list(map(str, value.columns)) if type(value) is pd.DataFrame else [str(value.name)]
            dtypes = list(map(str, value.dtypes)) if type(value) is pd.DataFrame else [str(value.dtype)]
            hashed = pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes()
            return json.dumps([labels, dtypes, value.shape]).encode() + hashed
        if np is not None and type(value) is np.ndarray and not value.dtype.hasobject:
            return f"{value.dtype}{value.shape}".encode() + value.tobytes()
    except (TypeError, ValueError):
        pass  # unhashable cells and the like: fall back to the full encoding
    return encode(value)


def encode(value: Any) -> bytes:
    """``value`` as bytes: a length-prefixed JSON tree, then the blobs it refers to."""
    encoder = _Encoder()
    tree = encoder.value(value)
    header = json.dumps({"tree": tree, "sizes": [len(b) for b in encoder.blobs]}).encode()
    return struct.pack("<Q", len(header)) + header + b"".join(encoder.blobs)


# --- trusted side -------------------------------------------------------------------------
class DecodeError(ValueError):
    pass


def decode(data: bytes) -> Any:
    """Rebuild a value from :func:`encode`'s bytes; never runs code from the data."""
    if len(data) < 8:
        raise DecodeError("truncated")
    (size,) = struct.unpack("<Q", data[:8])
    try:
        header = json.loads(data[8 : 8 + size])
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DecodeError(str(exc)) from exc
    blobs: list[bytes] = []
    offset = 8 + size
    for length in header["sizes"]:
        blobs.append(data[offset : offset + length])
        offset += length
    return _Decoder(blobs).value(header["tree"])


class _Decoder:
    def __init__(self, blobs: list[bytes]) -> None:
        self.blobs = blobs

    def array(self, node: dict[str, Any]) -> Any:
        import numpy as np

        if node["t"] == "objarray":
            out = np.empty(len(node["items"]), dtype=object)
            out[:] = [self.value(v) for v in node["items"]] or []
            return out.reshape(node["shape"])
        return np.load(io.BytesIO(self.blobs[node["blob"]]), allow_pickle=False)

    def value(self, node: dict[str, Any]) -> Any:
        t = node["t"]
        if t == "none":
            return None
        if t == "bool":
            return bool(node["v"])
        if t == "int":
            return int(node["v"])
        if t == "float":
            return float(node["v"])
        if t == "str":
            return str(node["v"])
        if t == "list":
            return [self.value(v) for v in node["items"]]
        if t == "tuple":
            return tuple(self.value(v) for v in node["items"])
        if t == "dict":
            out = {}
            for k, v in node["items"]:
                key = self.value(k)
                out[key if isinstance(key, (str, int, float, bool, tuple, type(None))) else repr(key)] = self.value(v)
            return out
        if t in ("ndarray", "objarray"):
            return self.array(node)
        if t == "npscalar":
            return self.array({"t": "ndarray", "blob": node["blob"]})[()]
        if t == "Timestamp":
            import pandas as pd

            return pd.Timestamp(node["v"])
        if t == "Series":
            import pandas as pd

            return pd.Series(self.column(node["values"]), index=self.index(node["index"]), name=self.value(node["name"]))
        if t == "DataFrame":
            import pandas as pd

            columns = self.index(node["columns"])
            data = {i: self.column(col) for i, col in enumerate(node["data"])}
            frame = pd.DataFrame(data, index=self.index(node["index"]))
            frame.columns = columns
            return frame
        if t in ("Index", "RangeIndex", "MultiIndex"):
            return self.index(node)
        if t == "Tensor":
            import torch

            array = self.array(node["data"])
            tensor = torch.from_numpy(array.copy()) if array.dtype != object else torch.tensor(array.tolist())
            return tensor.requires_grad_(True) if node["requires_grad"] and tensor.is_floating_point() else tensor
        if t == "unsupported":
            return Unsupported(node["type"], node.get("reason", ""))
        raise DecodeError(f"unknown node type {t!r}")

    def column(self, node: dict[str, Any]) -> Any:
        import pandas as pd

        dtype = node["dtype"]
        if "data" in node:
            return pd.array(self.array(node["data"]), dtype=dtype) if dtype != "object" else self.array(node["data"])
        if dtype == "category":
            categories = self.index(node["categories"])
            return pd.Categorical.from_codes(self.array(node["codes"]), categories=categories, ordered=node["ordered"])
        values = [self.value(v) for v in node["items"]]
        try:
            return pd.array(values, dtype=dtype)
        except (TypeError, ValueError):
            return pd.array(values, dtype=object)

    def index(self, node: dict[str, Any]) -> Any:
        import pandas as pd

        if node["t"] == "RangeIndex":
            return pd.RangeIndex(node["start"], node["stop"], node["step"], name=self.value(node["name"]))
        if node["t"] == "MultiIndex":
            return pd.MultiIndex.from_arrays([self.index(level) for level in node["levels"]])
        return pd.Index(self.column(node["values"]), name=self.value(node["name"]))
