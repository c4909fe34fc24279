"""Writes JSONL of hostile documents (broken JSON, lone surrogates, huge runs of quote marks, digits and
capitalised words, random code points, other scripts, overflowing numbers) for the package test: the installed
tool must answer them exactly as the JIT-compiled CLI does. Deterministic (seeded)."""
import json, random, sys
random.seed(7)
lines = []
lines.append(json.dumps({"id": "empty", "text": ""}))
lines.append(json.dumps({"id": "null-text", "text": None}))
lines.append(json.dumps({"id": "no-text"}))
lines.append('{"id": "broken json", "text": "unclosed')
lines.append(json.dumps({"id": "bad-date", "published": "2025-02-30", "text": "He said on Friday: \"Go.\""}))
lines.append('{"id":"lone-surrogate","text":"A \\ud800 B said \\"hi\\" on Monday."}')
lines.append(json.dumps({"id": "curly", "published": "2025-03-05", "text": "\u201cWe will win,\u201d said Ana\u00a0Ferreira, 58, on Wednesday. \u2018Nested \u201cquotes\u201d\u2019 and emoji \U0001F600 cost \u20ac5bn (\u00a34.2bn)."}))
lines.append(json.dumps({"id": "unbalanced", "text": "\"" * 5001 + "' \" ' \"" * 300}))
lines.append(json.dumps({"id": "digits", "text": ("1,2.3-4/5 " * 10000)}))
lines.append(json.dumps({"id": "caps", "text": ("Zebra Apple Mango " * 3400)}))
lines.append(json.dumps({"id": "garbage", "text": "".join(chr(random.choice([random.randint(0, 0xD7FF), random.randint(0xE000, 0xFFFF)])) for _ in range(20000))}))
lines.append(json.dumps({"id": "scripts", "text": "Путин сказал: «Да». 习近平说:“好”。 قال بوتين إن ..."}))
lines.append(json.dumps({"id": "huge-number", "text": "It cost $" + "9" * 500 + " and 10^400 kilometres (1 mile) on February 30."}))
lines.append(json.dumps({"id": "words-past-decimal", "text": "nine dozen " * 40 + "eggs, twenty trillion trillion trillion people."}))
sys.stdout.write("\n".join(lines) + "\n")
