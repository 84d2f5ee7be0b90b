#!/usr/bin/env python3
# Writes the golden malformed WAV files next to this script (tst_wavreader.cpp asserts the error
# each one gives). Run again only to change them; the files are checked in.
import os, struct

here = os.path.dirname(os.path.abspath(__file__))

def fmt_chunk(tag=1, ch=1, rate=48000, bits=16, align=None, extra=b''):
    align = ch * bits // 8 if align is None else align
    body = struct.pack('<HHIIHH', tag, ch, rate, rate * align, align, bits) + extra
    return b'fmt ' + struct.pack('<I', len(body)) + body

def chunk(cid, body, size=None):
    return cid + struct.pack('<I', len(body) if size is None else size) + body + (b'\0' if len(body) % 2 else b'')

def riff(*chunks, kind=b'WAVE'):
    body = kind + b''.join(chunks)
    return b'RIFF' + struct.pack('<I', len(body)) + body

samples = struct.pack('<8h', 0, 1000, 2000, 1000, 0, -1000, -2000, -1000)
files = {
    'empty.wav': b'',
    'not_riff.wav': b'ID3\x04' + b'\0' * 40,
    'not_wave.wav': riff(chunk(b'data', samples), kind=b'AVI '),
    'no_fmt.wav': riff(chunk(b'LIST', b'INFOxxxx')),
    'data_before_fmt.wav': riff(chunk(b'data', samples), fmt_chunk()),
    'fmt_short.wav': riff(b'fmt ' + struct.pack('<I', 14) + struct.pack('<HHIIH', 1, 1, 48000, 96000, 2), chunk(b'data', samples)),
    'fmt_size_huge.wav': riff(b'fmt ' + struct.pack('<I', 0x7ffffff0) + struct.pack('<HHIIHH', 1, 1, 48000, 96000, 2, 16)),
    'adpcm.wav': riff(fmt_chunk(tag=2, bits=4, align=256, extra=struct.pack('<H', 0)), chunk(b'data', samples)),
    'mulaw.wav': riff(fmt_chunk(tag=7, bits=8), chunk(b'data', samples)),
    'pcm12.wav': riff(fmt_chunk(bits=12, align=2), chunk(b'data', samples)),
    'float16.wav': riff(fmt_chunk(tag=3, bits=16), chunk(b'data', samples)),
    'zero_channels.wav': riff(fmt_chunk(ch=0, align=0), chunk(b'data', samples)),
    'zero_rate.wav': riff(fmt_chunk(rate=0), chunk(b'data', samples)),
    'bad_align.wav': riff(fmt_chunk(ch=2, bits=16, align=3), chunk(b'data', samples)),
    'ext_short.wav': riff(fmt_chunk(tag=0xFFFE, extra=struct.pack('<H', 0)), chunk(b'data', samples)),
    'ext_bad_guid.wav': riff(fmt_chunk(tag=0xFFFE, extra=struct.pack('<HHI', 22, 16, 4) + b'\x01\x00' + b'\x00' * 14), chunk(b'data', samples)),
    'list_overflow.wav': riff(fmt_chunk(), b'LIST' + struct.pack('<I', 1000) + b'INFO'),
    'no_samples.wav': riff(fmt_chunk(), chunk(b'data', b'')),
    'truncated_data.wav': riff(fmt_chunk(), chunk(b'data', samples, size=48000 * 2)),
    'header_only.wav': b'RIFF\x04\x00\x00\x00WAVE',
}
for name, data in files.items():
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)
print(len(files), 'files')
