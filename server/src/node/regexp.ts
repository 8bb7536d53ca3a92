/**
 * How V8 runs the parser's regular expressions, set before any of them runs (so this module is each Node entry
 * point's first import).
 *
 * By default V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code only when
 * it runs again ("tier-up"). The parser's patterns are many and some are long (the procedural titles' pattern is
 * about 7,000 characters); interpreting and compiling each twice, once for text of one byte per character and again
 * for text holding a dash or a curly quote, made the server's start-up warm-up take about 250 ms and the first
 * document opened after it pay another 60 ms (one pattern alone took 45 ms the first time a title held an en dash).
 * Compiling each pattern to machine code at its first run halves the warm-up and removes most of that first-document
 * cost; once warm, the parser runs the same machine code either way.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
