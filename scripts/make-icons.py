#!/usr/bin/env python3
"""Draws the app icons (public/icon-*.png, public/plain-icon-*.png) with the standard library only.

The design: three white steps rising on the brand colour, kept inside the central 60% so the
same picture is safe as a maskable icon (Android crops up to a circle of 80% diameter). The
plain icon, for a parent who chose "Use a plain name": four grey lines on white, like any
notes app, with nothing of the guide's colours.
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


PAPER = (0xF4, 0xF4, 0xF2)
INK = (0x6B, 0x6B, 0x6B)


def draw_plain(size):
    rows = []
    for y in range(size):
        row = bytearray([0])
        fy = (y + 0.5) / size
        on_line = any(top <= fy < top + 0.06 for top in (0.3, 0.42, 0.54, 0.66))
        for x in range(size):
            fx = (x + 0.5) / size
            row.extend(INK if on_line and 0.26 <= fx < (0.6 if fy > 0.66 else 0.74) else PAPER)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, draw=draw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(draw(size), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    public = Path(__file__).resolve().parent.parent / "public"
    for name, size in [("icon-192.png", 192), ("icon-512.png", 512), ("icon-maskable-512.png", 512)]:
        (public / name).write_bytes(png(size))
        print(f"wrote public/{name}")
    for name, size in [("plain-icon-192.png", 192), ("plain-icon-512.png", 512)]:
        (public / name).write_bytes(png(size, draw_plain))
        print(f"wrote public/{name}")
