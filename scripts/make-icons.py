#!/usr/bin/env python3
"""Draws the app icons (public/icon-*.png) with the standard library only.

The design: three white steps rising on the brand colour, kept inside the central 60% so the
same picture is safe as a maskable icon (Android crops up to a circle of 80% diameter).
Run by hand after changing the design; the PNGs are committed.
"""
import struct
import zlib
from pathlib import Path

BRAND = (0x0B, 0x4F, 0x5C)
WHITE = (0xFF, 0xFF, 0xFF)


def draw(size):
    rows = []
    # Steps: three bars of rising height, bottom-aligned, inside [0.2, 0.8] of the square.
    left, right, bottom, top = 0.22, 0.78, 0.74, 0.26
    bar_w = (right - left) / 3
    gap = bar_w * 0.12
    for y in range(size):
        row = bytearray([0])  # filter type 0 for each scanline
        fy = (y + 0.5) / size
        for x in range(size):
            fx = (x + 0.5) / size
            colour = BRAND
            if left <= fx < right and fy < bottom:
                i = int((fx - left) / bar_w)
                within = (fx - left) - i * bar_w
                bar_top = bottom - (bottom - top) * (i + 1) / 3
                if fy >= bar_top and within < bar_w - gap:
                    colour = WHITE
            row.extend(colour)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(draw(size), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    public = Path(__file__).resolve().parent.parent / "public"
    for name, size in [("icon-192.png", 192), ("icon-512.png", 512), ("icon-maskable-512.png", 512)]:
        (public / name).write_bytes(png(size))
        print(f"wrote public/{name}")
