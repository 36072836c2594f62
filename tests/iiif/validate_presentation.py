#!/usr/bin/env python3
"""Validate IIIF Presentation 3.0 Manifest / Collection JSON files offline with the
iiif-prezi3 pydantic model (generated from the IIIF presentation-validator JSON schema).

Usage: validate_prezi3.py [--forbid-extra] FILE.json [FILE.json ...]
Top-level "type" picks the model (Manifest or Collection). Exit 0 if all valid, 1 otherwise.

IMPORTANT: iiif-prezi3 runs "auto-field" defaulters from Base.__init__, and pydantic calls that
__init__ even from model_validate()/model_validate_json(). They silently invent a missing `id`
(http://example.org/iiif/N), wrap a plain-string label/summary/value into {"none": [...]},
turn a missing `items` into [], and wrap a single object into a list (service, metadata, ...).
For validation they must be switched off (done below), otherwise those errors pass.
"""
import json
import sys

from pydantic import ValidationError

from iiif_prezi3 import Collection, Manifest
from iiif_prezi3.base import Base

P3_CONTEXT = "http://iiif.io/api/presentation/3/context.json"


def _all_subclasses(cls):
    seen, stack = set(), [cls]
    while stack:
        c = stack.pop()
        if c not in seen:
            seen.add(c)
            stack.extend(c.__subclasses__())
    return seen


def make_strict(forbid_extra=False):
    """Disable auto-field defaulters; optionally reject unknown properties."""
    classes = _all_subclasses(Base)
    for c in classes:
        if "_defaulters" in c.__dict__:
            c._defaulters = []
    if forbid_extra:
        # keep extra='allow' where the model declares it (services, references)
        for c in classes:
            if c.model_config.get("extra") != "allow":
                c.model_config["extra"] = "forbid"
        for _ in range(2):  # parents embed child schemas: rebuild twice so order doesn't matter
            for c in classes:
                c.model_rebuild(force=True)


def extra_checks(doc):
    """A few MUSTs the model does not check."""
    errs = []
    ctx = doc.get("@context")
    if not (ctx == P3_CONTEXT or (isinstance(ctx, list) and ctx and ctx[-1] == P3_CONTEXT)):
        errs.append("@context must be (or end with) " + P3_CONTEXT)
    if doc.get("type") == "Collection":
        if "label" not in doc:
            errs.append("Collection.label is required")
        if not isinstance(doc.get("items"), list):
            errs.append("Collection.items is required (may be empty)")
        for it in doc.get("items") or []:
            if it.get("type") not in ("Manifest", "Collection"):
                errs.append(f"Collection item {it.get('id')}: type must be Manifest or Collection")
    if doc.get("type") == "Manifest":
        if not doc.get("items"):
            errs.append("Manifest.items must have at least one Canvas")
        for cv in doc.get("items") or []:
            for dim in ("width", "height"):
                if dim in cv and not (isinstance(cv[dim], int) and cv[dim] > 0):
                    errs.append(f"Canvas {cv.get('id')}: {dim} must be a positive integer")
            if ("width" in cv) != ("height" in cv):
                errs.append(f"Canvas {cv.get('id')}: width and height must come together")
            for page in cv.get("items") or []:
                for anno in page.get("items") or []:
                    for svc in ((anno.get("body") or {}).get("service") or []) if isinstance(anno.get("body"), dict) else []:
                        if svc.get("type") == "ImageService3" and svc.get("profile") not in ("level0", "level1", "level2"):
                            errs.append(f"ImageService3 {svc.get('id')}: profile must be level0/level1/level2")
                    if anno.get("motivation") == "painting":
                        tgt = anno.get("target")
                        tgt = tgt if isinstance(tgt, str) else (tgt or {}).get("source")
                        tgt = tgt if isinstance(tgt, str) else (tgt or {}).get("id")
                        if tgt is None or tgt.split("#")[0] != cv.get("id"):
                            errs.append(f"painting annotation {anno.get('id')} does not target its canvas")
    return errs


def validate_file(path):
    with open(path, "rb") as f:
        raw = f.read()
    doc = json.loads(raw)
    model = {"Manifest": Manifest, "Collection": Collection}.get(doc.get("type"))
    if model is None:
        raise ValueError(f"top-level type must be Manifest or Collection, got {doc.get('type')!r}")
    body = {k: v for k, v in doc.items() if k != "@context"}  # Collection model has no @context field
    model.model_validate_json(json.dumps(body))  # raises pydantic.ValidationError
    errs = extra_checks(doc)
    if errs:
        raise ValueError("; ".join(errs))


def main(argv):
    forbid = "--forbid-extra" in argv
    files = [a for a in argv if a != "--forbid-extra"]
    make_strict(forbid_extra=forbid)
    bad = 0
    for p in files:
        try:
            validate_file(p)
            print(f"OK   {p}")
        except (ValidationError, ValueError) as e:
            bad += 1
            print(f"FAIL {p}: {e}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
