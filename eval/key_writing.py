"""Shared part of the corpora's mkkeys.py: writing a key file, and recording a timeline event."""
import json
import os


def writer(keys_dir):
    """A function writing one key file of `keys_dir` as indented UTF-8 JSON."""
    def dump(name, obj):
        with open(os.path.join(keys_dir, name), 'w') as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write('\n')
    return dump


def recorder(events):
    """A function appending one timeline key event to `events`."""
    def event(event, date, docs, match, until=None, note=None):
        e = {"event": event, "date": date, "until": until, "docs": docs, "match": match}
        if note:
            e["note"] = note
        events.append(e)
    return event
