#!/usr/bin/env python3
"""Scores a dossier against the corpus-ak keys with the shared scorer: python3 score.py [DOSSIER]"""
import os
import runpy
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], here] + sys.argv[1:]
runpy.run_path(os.path.join(here, '..', 'score_keys.py'), run_name='__main__')
