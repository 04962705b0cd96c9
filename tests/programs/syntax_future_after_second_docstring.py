"""one"""
"""two"""
from __future__ import division
