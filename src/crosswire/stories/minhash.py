"""MinHash sketches and a one-row-band LSH index for story blocking, in plain numpy.

The sketches are bit-for-bit those of ``datasketch.MinHash(num_perm, seed=7)`` with its
default "affine32" scheme (SHA-1 input hash, MurmurHash3 pre-mix, odd affine maps mod
2^32), so hash values stored by earlier runs stay valid. datasketch itself is not
imported: its package import pulls in scipy.integrate (about half a second), which a
five-article brief should not pay for.

With one-row bands, two articles collide when any one of their ``num_perm`` minimum
hashes is equal, i.e. when their sampled distinctive term sets overlap.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

import numpy as np

_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer: spreads the input hashes before the affine maps."""
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


class MinHasher:
    """Computes ``num_perm`` minimum hashes of a set of strings."""

    def __init__(self, num_perm: int, seed: int = 7):
        self.num_perm = num_perm
        gen = np.random.RandomState(seed)
        # an odd multiplier makes h -> a*h + b a bijection mod 2^32
        self.a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        self.b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)

    def sketch(self, keys: Iterable[str]) -> np.ndarray:
        """The sketch (uint32 per permutation; all 2^32-1 for no keys)."""
        hashes = [int.from_bytes(hashlib.sha1(k.encode("utf-8")).digest()[:4], "little") for k in keys]
        if not hashes:
            return np.full(self.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        hv = _fmix32(np.asarray(hashes, dtype=np.uint32).reshape(-1, 1))
        with np.errstate(over="ignore"):
            return (hv * self.a + self.b).min(axis=0)


def sketch_to_bytes(sketch: np.ndarray) -> bytes:
    """Storage form (uint64 little-endian, as earlier runs stored datasketch's values)."""
    return sketch.astype(np.uint64).tobytes()


def sketch_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.uint64).astype(np.uint32)


class BandIndex:
    """LSH with one-row bands: one hash table per permutation, keyed by its minimum."""

    def __init__(self, num_perm: int):
        self.tables: list[dict[int, list[str]]] = [{} for _ in range(num_perm)]

    def insert(self, key: str, sketch: np.ndarray) -> None:
        for table, value in zip(self.tables, sketch.tolist()):
            table.setdefault(value, []).append(key)

    def query(self, sketch: np.ndarray) -> set[str]:
        found: set[str] = set()
        for table, value in zip(self.tables, sketch.tolist()):
            bucket = table.get(value)
            if bucket:
                found.update(bucket)
        return found
