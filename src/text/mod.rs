//! Text layer: normalisation with an offset map, headline, paragraphs, sentences.
