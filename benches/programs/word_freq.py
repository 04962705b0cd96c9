# Word frequencies of a generated text, the way a Python user counts them:
# lines are built from syllables with join and slicing, split into words,
# normalised with strip and lower, counted with d.get(w, 0) + 1, and the
# most common sorted out with a key function and reported in f-strings.
import sys
from numba import njit

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
             "be", "da", "fu", "gi", "ha", "jo", "pe", "zu")
WORDS_PER_LINE = 12


@njit
def next_seed(seed):
    # MINSTD: the product stays below 2^53, so the Lua twin is exact.
    return seed * 16807 % 2147483647


@njit
def make_word(seed):
    # One to three syllables; some words are capitalised or carry a comma,
    # which is what the counting side normalises away.
    seed = next_seed(seed)
    parts = []
    for _ in range(1 + seed % 3):
        seed = next_seed(seed)
        parts.append(SYLLABLES[seed % len(SYLLABLES)])
    word = "".join(parts)
    seed = next_seed(seed)
    if seed % 5 == 0:
        word = word[0].upper() + word[1:]
    elif seed % 7 == 0:
        word += ","
    return word, seed


@njit
def make_line(seed):
    words = []
    for _ in range(WORDS_PER_LINE):
        word, seed = make_word(seed)
        words.append(word)
    return " ".join(words) + ".", seed


@njit
def count_words(n_lines, seed):
    counts = {}
    chars = 0
    for _ in range(n_lines):
        line, seed = make_line(seed)
        chars += len(line)
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts, chars


@njit
def word_freq(n):
    counts, chars = count_words(n, 42)
    # Most frequent first, ties in alphabetical order.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    top = ", ".join([f"{word}={count}" for word, count in ranked[:5]])
    rarest, rarest_count = ranked[-1]
    return len(counts), chars, f"{rarest}={rarest_count}", top


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
distinct, chars, rarest, top = word_freq(n)
print("%d %d %s" % (distinct, chars, rarest))
print(top)
