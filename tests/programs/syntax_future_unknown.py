from __future__ import spam
