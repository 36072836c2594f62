//! How text becomes search terms, the same for every script a visitor types in:
//!
//! - words of alphabetic scripts (Latin, Devanagari, Cyrillic, …) are lower-cased;
//!   Latin letters lose their diacritics (Hokusaï = Hokusai, Chosŏn = Choson);
//! - runs of Chinese, Japanese and Korean characters are indexed as single
//!   characters *and* overlapping bigrams at the same positions, so a
//!   one-character query and a phrase of any length both match; queries use
//!   the bigrams only (or the character, for a one-character run);
//! - Thai, written without spaces, is segmented into words (charabia's dictionary).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Whether terms are made for the index or for a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Index,
    Query,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Cjk,
    Thai,
    Apostrophe,
    Other,
}

fn class(c: char) -> Class {
    match c as u32 {
        0x1100..=0x11FF
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x20000..=0x2FA1F => Class::Cjk,
        0x0E00..=0x0E7F => Class::Thai,
        0x27 | 0x2BC | 0x2BB | 0x2019 => Class::Apostrophe,
        _ if c.is_alphanumeric() || is_combining_mark(c) => Class::Word,
        _ => Class::Other,
    }
}

/// Latin-script letters whose diacritics are dropped; other scripts keep their marks.
fn is_latin(c: char) -> bool {
    (c as u32) < 0x0370 || (0x1E00..=0x1EFF).contains(&(c as u32))
}

/// The comparable form of a word: NFKC, lower case, Latin diacritics removed.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut base_is_latin = false;
    for c in word.nfkd() {
        if is_combining_mark(c) {
            if !base_is_latin {
                out.push(c);
            }
            continue;
        }
        base_is_latin = is_latin(c);
        match c {
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'þ' | 'Þ' => out.push_str("th"),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.nfc().collect()
}

/// A normalised form of a whole phrase, for comparing names: the folded terms
/// of its query tokens joined by spaces.
pub fn normalise(text: &str) -> String {
    tokens(text, Mode::Query)
        .into_iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The search terms of a text, with byte offsets into it and positions.
pub fn tokens(text: &str, mode: Mode) -> Vec<Token> {
    let mut out = Vec::new();
    let mut position = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        let kind = class(c);
        if matches!(kind, Class::Other | Class::Apostrophe) {
            chars.next();
            continue;
        }
        // The run of characters of this class (apostrophes inside a word belong to it).
        let mut end = start;
        let mut run: Vec<(usize, char)> = Vec::new();
        while let Some(&(i, ch)) = chars.peek() {
            let k = class(ch);
            let inside_word = kind == Class::Word && k == Class::Apostrophe;
            if k != kind && !inside_word {
                break;
            }
            run.push((i, ch));
            end = i + ch.len_utf8();
            chars.next();
        }
        match kind {
            Class::Word => {
                let word: String = run
                    .iter()
                    .map(|(_, c)| *c)
                    .filter(|c| class(*c) == Class::Word)
                    .collect();
                let folded = fold(&word);
                if !folded.is_empty() {
                    out.push(token(start, end, position, folded));
                    position += 1;
                }
            }
            Class::Cjk => cjk(&run, end, mode, &mut position, &mut out),
            Class::Thai => {
                use charabia::Segment;
                let mut offset = start;
                for segment in (&text[start..end]).segment_str() {
                    let from = offset;
                    offset += segment.len();
                    if segment.chars().all(|c| class(c) == Class::Thai)
                        && !segment.trim().is_empty()
                    {
                        out.push(token(from, offset, position, segment.nfc().collect()));
                        position += 1;
                    }
                }
            }
            Class::Other | Class::Apostrophe => unreachable!("skipped above"),
        }
    }
    out
}

fn cjk(run: &[(usize, char)], end: usize, mode: Mode, position: &mut usize, out: &mut Vec<Token>) {
    let chars: Vec<(usize, String)> = run
        .iter()
        .map(|(i, c)| (*i, c.to_string().nfkc().collect()))
        .collect();
    let end_of = |k: usize| chars.get(k + 1).map_or(end, |(i, _)| *i);
    for (k, (from, ch)) in chars.iter().enumerate() {
        let at = *position + k;
        let single = chars.len() == 1;
        if mode == Mode::Index || single {
            out.push(token(*from, end_of(k), at, ch.clone()));
        }
        if let Some((_, next)) = chars.get(k + 1) {
            out.push(token(*from, end_of(k + 1), at, format!("{ch}{next}")));
        }
    }
    // Positions advance a character at a time in both modes, so that a query's
    // runs line up with the index's across punctuation between them.
    *position += chars.len();
}

fn token(offset_from: usize, offset_to: usize, position: usize, text: String) -> Token {
    Token {
        offset_from,
        offset_to,
        position,
        text,
        position_length: 1,
    }
}

/// The index-time tokenizer, registered with tantivy as [`TOKENIZER`].
#[derive(Debug, Clone, Default)]
pub struct VcmTokenizer;

/// The name the text fields' tokenizer is registered under.
pub const TOKENIZER: &str = "vcm";

impl Tokenizer for VcmTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream {
            tokens: tokens(text, Mode::Index),
            next: 0,
        }
    }
}

#[derive(Debug)]
pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, mode: Mode) -> Vec<(String, usize)> {
        tokens(text, mode)
            .into_iter()
            .map(|t| (t.text, t.position))
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        tokens(text, Mode::Query)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn latin_words_are_lower_cased_and_folded() {
        assert_eq!(words("Hokusaï's GREAT Wave"), ["hokusais", "great", "wave"]);
        assert_eq!(
            words("Chosŏn, T'ang — Tôkaidô"),
            ["choson", "tang", "tokaido"]
        );
        assert_eq!(
            words("Nguyễn Gia Trí; Đông Hồ"),
            ["nguyen", "gia", "tri", "dong", "ho"]
        );
        assert_eq!(
            words("Kuan-yin ＡＢＣ 1850"),
            ["kuan", "yin", "abc", "1850"]
        );
    }

    #[test]
    fn devanagari_keeps_its_vowel_signs() {
        assert_eq!(words("नटराज शिव"), ["नटराज", "शिव"]);
    }

    #[test]
    fn cjk_runs_index_characters_and_bigrams_at_the_same_positions() {
        assert_eq!(
            texts("秋冬山", Mode::Index),
            [
                ("秋".into(), 0),
                ("秋冬".into(), 0),
                ("冬".into(), 1),
                ("冬山".into(), 1),
                ("山".into(), 2)
            ]
        );
        assert_eq!(
            texts("秋冬山", Mode::Query),
            [("秋冬".into(), 0), ("冬山".into(), 1)]
        );
        assert_eq!(texts("観", Mode::Query), [("観".into(), 0)]);
    }

    #[test]
    fn scripts_mix_in_one_text_with_offsets_into_it() {
        let text = "Kannon 観音 관음";
        let toks = tokens(text, Mode::Query);
        let got: Vec<_> = toks
            .iter()
            .map(|t| (&text[t.offset_from..t.offset_to], t.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [("Kannon", "kannon"), ("観音", "観音"), ("관음", "관음")]
        );
        let positions: Vec<_> = toks.iter().map(|t| t.position).collect();
        assert_eq!(positions, [0, 1, 3]);
    }

    #[test]
    fn thai_is_segmented_into_words() {
        // "Buddha image in the posture of subduing Mara"
        let got = words("พระพุทธรูปปางมารวิชัย");
        assert!(got.len() >= 3, "{got:?}");
        assert!(got.contains(&"ปาง".to_owned()), "{got:?}");
        assert_eq!(got.concat(), "พระพุทธรูปปางมารวิชัย");
    }

    #[test]
    fn punctuation_and_empty_text_give_no_terms() {
        assert!(tokens("", Mode::Index).is_empty());
        assert!(tokens(" ,.;—'\"()「」。", Mode::Index).is_empty());
    }
}
