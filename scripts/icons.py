#!/usr/bin/env python3
"""Draws chatmedic's icon (a chat bubble with a medical cross) as PNGs, with no image library.

Run once when the design changes; the PNGs are committed: extension/icons/icon{16,32,48,128}.png.
"""
import math
import struct
import sys
import zlib
from pathlib import Path

BLUE = (26, 115, 232)
WHITE = (255, 255, 255)
RED = (217, 48, 37)


def inside_round_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def colour_at(x, y):
    """The icon on a 1x1 canvas: returns (r, g, b, a) for a point."""
    if not inside_round_rect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22):
        return (0, 0, 0, 0)
    bubble = inside_round_rect(x, y, 0.16, 0.18, 0.84, 0.70, 0.14)
    # The bubble's tail, a triangle below its lower left.
    tail = 0.68 <= y <= 0.86 and 0.26 <= x <= 0.44 and (x - 0.26) <= (0.86 - y) * 1.0
    if bubble or tail:
        cross = (abs(x - 0.5) <= 0.06 and abs(y - 0.44) <= 0.17) or (abs(y - 0.44) <= 0.06 and abs(x - 0.5) <= 0.17)
        return (*(RED if cross else WHITE), 255)
    return (*BLUE, 255)


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    a = c[3]
                    for i in range(3):
                        acc[i] += c[i] * a
                    acc[3] += a
            n = samples * samples
            alpha = acc[3] / n
            rgb = [round(acc[i] / acc[3]) if acc[3] else 0 for i in range(3)]
            row += bytes([*rgb, round(alpha)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "extension" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"icon{size}.png").write_bytes(render(size))
