"""The vocabulary: our terms and graph names (namespace), the bundled data files (resources) and every
loader of ontology/ data (lexicon). Imports nothing else from kg but errors.
"""
