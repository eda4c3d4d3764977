#!/usr/bin/env python3
"""Makes the Windows .ico and the macOS .icns from the PNG sizes in assets/icon (rendered from the SVG).

Run from the project folder when the icon changes: python3 installer/make-icons.py
Both formats hold the PNGs as they are (Windows Vista and later, macOS 10.7 and later read PNG entries).
"""
import struct
from pathlib import Path

ICON = Path("assets/icon")
SIZES_ICO = [16, 32, 48, 64, 128, 256]
# ICNS entry types that hold PNG data, by pixel size.
TYPES_ICNS = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png(size):
    return (ICON / f"rapport-{size}.png").read_bytes()


def ico():
    images = [png(s) for s in SIZES_ICO]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(SIZES_ICO, images):
        side = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


def icns():
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for size, kind in TYPES_ICNS.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


Path("installer/windows/rapport.ico").write_bytes(ico())
Path("installer/macos/Rapport.icns").write_bytes(icns())
print("wrote installer/windows/rapport.ico and installer/macos/Rapport.icns")
