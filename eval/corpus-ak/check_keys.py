#!/usr/bin/env python3
"""Checks the corpus-ak keys against its article texts with the shared checker: python3 check_keys.py"""
import os
import runpy
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], here]
runpy.run_path(os.path.join(here, '..', 'check_keys.py'), run_name='__main__')
