"""Tests that render wikitext through a real MediaWiki on 127.0.0.1."""
