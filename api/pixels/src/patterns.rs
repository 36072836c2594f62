//! The demo's images: patterns drawn here, so a fresh demo shows images and
//! deep zoom with no photographs to fetch or license. Each stands in for a
//! photograph of one work, in a manner its kind of object suggests, with fine
//! detail (grain, hairline cracks, ring lines) that rewards zooming in.
//!
//! Slowly varying fields are computed on a coarse grid and interpolated; a
//! 2400 × 1600 image takes about half a second to draw and encode.

use image::{Rgb, RgbImage};

/// A kind of pattern, and what the alt text says it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Hairline crackle in a pale celadon glaze.
    Crackle,
    /// Overlapping wave scales (seigaiha) in indigo on paper.
    Waves,
    /// Ridges of ink-wash mountains fading into mist.
    Mountains,
    /// Square key-fret bands on bronze, with green patina.
    Fret,
    /// Banded grain in warm browns, like weathered sandstone or old wood.
    Grain,
}

impl Pattern {
    /// What the image shows, for its alt text.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Crackle => "fine crackle lines in a pale green glaze",
            Self::Waves => "overlapping indigo wave scales on cream paper",
            Self::Mountains => "ink-wash mountain ridges fading into mist on paper",
            Self::Fret => "square key-fret bands on bronze with green patina",
            Self::Grain => "banded grain in warm browns, like weathered sandstone or old wood",
        }
    }

    /// Whether the image stands upright (taller than wide).
    fn portrait(self) -> bool {
        matches!(self, Self::Crackle | Self::Grain)
    }

    /// Draws the pattern at `long` pixels on its long side; `seed` varies it.
    pub fn draw(self, long: u32, seed: u32) -> RgbImage {
        let short = long * 2 / 3;
        let (w, h) = if self.portrait() {
            (short, long)
        } else {
            (long, short)
        };
        let unit = long as f32 / 3000.0;
        let mut img = RgbImage::new(w, h);
        match self {
            Self::Crackle => crackle(&mut img, unit, seed),
            Self::Waves => waves(&mut img, unit, seed),
            Self::Mountains => mountains(&mut img, unit, seed),
            Self::Fret => fret(&mut img, unit, seed),
            Self::Grain => grain_bands(&mut img, unit, seed),
        }
        img
    }
}

/// A pseudo-random value in [0, 1) for a lattice point.
fn hash(x: i32, y: i32, seed: u32) -> f32 {
    let mut h = (x as u32)
        .wrapping_mul(0x27d4_eb2d)
        .wrapping_add((y as u32).wrapping_mul(0x1656_67b1))
        ^ seed.wrapping_mul(0x9e37_79b9);
    h ^= h >> 15;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    (h & 0xff_ffff) as f32 / 16_777_216.0
}

/// Smooth value noise in [0, 1), a few octaves (for coarse grids only).
fn fbm(x: f32, y: f32, seed: u32) -> f32 {
    let (mut sum, mut amp, mut freq, mut norm) = (0.0, 1.0, 1.0, 0.0);
    for octave in 0..4 {
        let (fx, fy) = (x * freq, y * freq);
        let (ix, iy) = (fx.floor() as i32, fy.floor() as i32);
        let (tx, ty) = (smooth(fx - ix as f32), smooth(fy - iy as f32));
        let s = seed.wrapping_add(octave);
        let top = lerp(hash(ix, iy, s), hash(ix + 1, iy, s), tx);
        let bottom = lerp(hash(ix, iy + 1, s), hash(ix + 1, iy + 1, s), tx);
        sum += amp * lerp(top, bottom, ty);
        norm += amp;
        amp *= 0.5;
        freq *= 2.0;
    }
    sum / norm
}

fn smooth(t: f32) -> f32 {
    t * t * (3.0 - 2.0 * t)
}

fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

/// A slowly varying field on a grid of `cell`-pixel squares, read between
/// grid points by bilinear interpolation.
struct Field {
    cell: f32,
    cols: usize,
    values: Vec<f32>,
}

impl Field {
    /// `fbm` with features about `scale` pixels across.
    fn new(w: u32, h: u32, cell: f32, scale: f32, seed: u32) -> Self {
        let cols = (w as f32 / cell) as usize + 2;
        let rows = (h as f32 / cell) as usize + 2;
        let values = (0..rows * cols)
            .map(|i| {
                let (c, r) = ((i % cols) as f32, (i / cols) as f32);
                fbm(c * cell / scale, r * cell / scale, seed)
            })
            .collect();
        Self { cell, cols, values }
    }

    fn at(&self, x: u32, y: u32) -> f32 {
        let (fx, fy) = (x as f32 / self.cell, y as f32 / self.cell);
        let (c, r) = (fx as usize, fy as usize);
        let (tx, ty) = (fx - c as f32, fy - r as f32);
        let i = r * self.cols + c;
        let top = lerp(self.values[i], self.values[i + 1], tx);
        let bottom = lerp(
            self.values[i + self.cols],
            self.values[i + self.cols + 1],
            tx,
        );
        lerp(top, bottom, ty)
    }
}

/// Mixes two colours, `t` of the way from `a` to `b`, with `grain` (±) added.
fn mix(a: [f32; 3], b: [f32; 3], t: f32, grain: f32) -> Rgb<u8> {
    let t = t.clamp(0.0, 1.0);
    Rgb(std::array::from_fn(|i| {
        (lerp(a[i], b[i], t) + grain).clamp(0.0, 255.0) as u8
    }))
}

/// Per-pixel grain of ± `amount`.
fn grain(x: u32, y: u32, seed: u32, amount: f32) -> f32 {
    (hash(x as i32, y as i32, seed) - 0.5) * 2.0 * amount
}

/// A distance of 1 where the field crosses a contour of spacing 1/`k`, falling
/// to 0 within `width` (in field units).
fn contour(v: f32, k: f32, width: f32) -> f32 {
    let d = (v * k).fract();
    let d = d.min(1.0 - d) / k;
    (1.0 - d / width).max(0.0)
}

fn crackle(img: &mut RgbImage, unit: f32, seed: u32) {
    let (w, h) = img.dimensions();
    let wide = Field::new(w, h, 24.0 * unit, 900.0 * unit, seed);
    let fine = Field::new(w, h, 6.0 * unit, 160.0 * unit, seed + 7);
    let glaze = [178.0, 204.0, 184.0];
    let deep = [128.0, 160.0, 140.0];
    let crack = [70.0, 78.0, 66.0];
    for (x, y, p) in img.enumerate_pixels_mut() {
        let shade = wide.at(x, y);
        let f = fine.at(x, y);
        let big = contour(shade + f * 0.15, 9.0, 0.0035);
        let small = contour(f, 14.0, 0.0025) * 0.55;
        let base = mix(glaze, deep, shade * 1.4 - 0.35, 0.0).0.map(f32::from);
        *p = mix(base, crack, big.max(small), grain(x, y, seed, 5.0));
    }
}

fn waves(img: &mut RgbImage, unit: f32, seed: u32) {
    let radius = 150.0 * unit;
    let rings = 5.0;
    let paper = [236.0, 228.0, 208.0];
    let indigo = [32.0, 52.0, 104.0];
    let (w, h) = img.dimensions();
    let wash = Field::new(w, h, 32.0 * unit, 600.0 * unit, seed);
    let step = radius / 2.0;
    for (x, y, p) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32, y as f32);
        // Rows are drawn top to bottom, so the lowest circle holding the point shows.
        let row = (fy / step).floor() as i32;
        let mut ring = None;
        for j in (row..=row + 2).rev() {
            let offset = if j % 2 == 0 { 0.0 } else { radius };
            let cx = ((fx - offset) / (2.0 * radius)).round() * 2.0 * radius + offset;
            let (dx, dy) = (fx - cx, fy - j as f32 * step);
            let d = (dx * dx + dy * dy).sqrt();
            if d < radius {
                ring = Some(d / radius * rings);
                break;
            }
        }
        let ink = match ring {
            Some(r) => {
                let edge = (r.fract() - 0.5).abs() * 2.0; // 1 at a ring line
                if edge > 0.72 { 0.15 } else { 0.85 }
            }
            None => 0.0,
        };
        let fade = wash.at(x, y) * 0.3;
        *p = mix(paper, indigo, ink - fade, grain(x, y, seed, 7.0));
    }
}

fn mountains(img: &mut RgbImage, unit: f32, seed: u32) {
    const LAYERS: usize = 5;
    let (w, h) = img.dimensions();
    let paper = [232.0, 224.0, 204.0];
    let ink = [34.0, 34.0, 38.0];
    // Each layer's ridge height per column, nearer layers lower and darker.
    let ridges: Vec<Vec<f32>> = (0..LAYERS)
        .map(|l| {
            let base = h as f32 * (0.30 + 0.12 * l as f32);
            let amp = h as f32 * 0.28;
            (0..w)
                .map(|x| base - amp * fbm(x as f32 / (700.0 * unit), l as f32 * 3.7, seed))
                .collect()
        })
        .collect();
    let texture = Field::new(w, h, 4.0 * unit, 40.0 * unit, seed + 3);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let fy = y as f32;
        let mut tone = 0.0;
        for (l, ridge) in ridges.iter().enumerate().rev() {
            let top = ridge[x as usize];
            if fy >= top {
                // Dark at the ridge, fading into mist below it.
                let depth = ((fy - top) / (h as f32 * 0.18)).min(1.0);
                let strength = 0.35 + 0.13 * l as f32;
                tone = strength * (1.0 - 0.8 * depth) * (0.75 + 0.5 * texture.at(x, y));
                break;
            }
        }
        *p = mix(paper, ink, tone, grain(x, y, seed, 6.0));
    }
}

fn fret(img: &mut RgbImage, unit: f32, seed: u32) {
    let (w, h) = img.dimensions();
    let size = 120.0 * unit;
    let bronze = [150.0, 110.0, 62.0];
    let raised = [196.0, 156.0, 96.0];
    let patina = [72.0, 132.0, 112.0];
    let patches = Field::new(w, h, 16.0 * unit, 500.0 * unit, seed);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let (u, v) = (
            (x as f32 % size) / size - 0.5,
            (y as f32 % size) / size - 0.5,
        );
        let r = u.abs().max(v.abs());
        let band = (r * 10.0) as i32;
        let metal = mix(bronze, raised, if band % 2 == 0 { 1.0 } else { 0.0 }, 0.0)
            .0
            .map(f32::from);
        let green = (patches.at(x, y) - 0.45) * 3.0;
        *p = mix(metal, patina, green, grain(x, y, seed, 9.0));
    }
}

fn grain_bands(img: &mut RgbImage, unit: f32, seed: u32) {
    let (w, h) = img.dimensions();
    let warp = Field::new(w, h, 16.0 * unit, 700.0 * unit, seed);
    let weather = Field::new(w, h, 8.0 * unit, 120.0 * unit, seed + 5);
    let light = [214.0, 176.0, 132.0];
    let dark = [150.0, 108.0, 74.0];
    for (x, y, p) in img.enumerate_pixels_mut() {
        let bands = ((y as f32 / (90.0 * unit) + warp.at(x, y) * 12.0).sin() + 1.0) / 2.0;
        let t = bands * 0.6 + weather.at(x, y) * 0.6 - 0.2;
        *p = mix(light, dark, t, grain(x, y, seed, 14.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pattern_draws_a_varied_image_of_the_asked_size() {
        for (pattern, seed) in [
            (Pattern::Crackle, 1),
            (Pattern::Waves, 2),
            (Pattern::Mountains, 3),
            (Pattern::Fret, 4),
            (Pattern::Grain, 5),
        ] {
            let img = pattern.draw(300, seed);
            let long = img.width().max(img.height());
            assert_eq!((long, img.width().min(img.height())), (300, 200));
            assert_eq!(img.height() > img.width(), pattern.portrait());
            let lightness: Vec<u32> = img
                .pixels()
                .map(|p| p.0.iter().map(|&c| u32::from(c)).sum())
                .collect();
            let (lo, hi) = (
                lightness.iter().min().unwrap(),
                lightness.iter().max().unwrap(),
            );
            assert!(hi - lo > 120, "{pattern:?} is too flat: {lo}..{hi}");
        }
    }
}
