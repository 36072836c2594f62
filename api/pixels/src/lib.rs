//! Pixel work: checking and decoding what partners send, making renditions
//! and IIIF tiles from a decoded image, and drawing the demo's images
//! ([`patterns`]).
//!
//! A crate of its own so that the workspace can build it optimised in debug
//! builds too: the codecs' generic code is compiled where it is used, and
//! unoptimised it takes seconds an image, in tests and at a demo's start.

pub mod patterns;

use std::io::Cursor;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, PngEncoder};
use image::{
    DynamicImage, ExtendedColorType, GrayImage, ImageDecoder, ImageEncoder, ImageFormat,
    ImageReader, RgbImage,
};

/// Why a file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a JPEG, PNG, WebP or TIFF (415).
    Unsupported(String),
    /// More pixels than the server takes (422).
    TooManyPixels(String),
    /// It says it is an image but cannot be read (422).
    Damaged(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unsupported(m) | Self::TooManyPixels(m) | Self::Damaged(m) => f.write_str(m),
        }
    }
}

/// The formats taken, by their signature, with their media types.
pub fn sniff(bytes: &[u8]) -> Option<(ImageFormat, &'static str)> {
    match image::guess_format(bytes).ok()? {
        ImageFormat::Jpeg => Some((ImageFormat::Jpeg, "image/jpeg")),
        ImageFormat::Png => Some((ImageFormat::Png, "image/png")),
        ImageFormat::WebP => Some((ImageFormat::WebP, "image/webp")),
        ImageFormat::Tiff => Some((ImageFormat::Tiff, "image/tiff")),
        _ => None,
    }
}

/// A file checked and decoded: EXIF orientation applied, as 8-bit RGB (any
/// transparency laid on white).
#[derive(Debug)]
pub struct Decoded {
    pub image: RgbImage,
    pub media_type: &'static str,
}

/// Checks a file's kind and size from its header before decoding it (so a
/// small file that claims billions of pixels is refused without allocating
/// them), then decodes it.
pub fn decode(bytes: &[u8], max_pixels: u64) -> Result<Decoded, Refusal> {
    let (format, media_type) = sniff(bytes).ok_or_else(|| {
        Refusal::Unsupported("the file is not a JPEG, PNG, WebP or TIFF image".into())
    })?;
    let damaged = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels(format!(
            "the image needs more memory to decode than {max_pixels} pixels take"
        )),
        e => Refusal::Damaged(format!("the image cannot be read: {e}")),
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    // Room for the decoded pixels at up to 16 bits a channel with alpha, and the decoder's own buffers.
    limits.max_alloc = Some(max_pixels.saturating_mul(8).saturating_add(64 << 20));
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(damaged)?;
    let (width, height) = decoder.dimensions();
    let pixels = u64::from(width) * u64::from(height);
    if pixels > max_pixels {
        return Err(Refusal::TooManyPixels(format!(
            "the image has {width} × {height} = {pixels} pixels; at most {max_pixels} are taken"
        )));
    }
    if pixels == 0 {
        return Err(Refusal::Damaged("the image has no pixels".into()));
    }
    // A JPEG cut short still decodes (as grey): its end marker must be there.
    if format == ImageFormat::Jpeg && !bytes.windows(2).rev().any(|w| w == [0xFF, 0xD9]) {
        return Err(Refusal::Damaged(
            "the JPEG file is cut short (it has no end)".into(),
        ));
    }
    let orientation = decoder.orientation().map_err(damaged)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    image.apply_orientation(orientation);
    let image = if image.color().has_alpha() {
        flatten(&image.into_rgba8())
    } else {
        image.into_rgb8()
    };
    Ok(Decoded { image, media_type })
}

/// An image with transparency laid on white.
fn flatten(rgba: &image::RgbaImage) -> RgbImage {
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

/// The output formats of renditions and tiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Jpg,
    Png,
    Webp,
}

impl Format {
    pub fn parse(ext: &str) -> Option<Self> {
        match ext {
            "jpg" => Some(Self::Jpg),
            "png" => Some(Self::Png),
            "webp" => Some(Self::Webp),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Jpg => "jpg",
            Self::Png => "png",
            Self::Webp => "webp",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Self::Jpg => "image/jpeg",
            Self::Png => "image/png",
            Self::Webp => "image/webp",
        }
    }
}

/// A rectangle of an image, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rect {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

/// The colour of an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quality {
    Color,
    Gray,
    /// Black and white only (as a one-channel image).
    Bitonal,
}

impl Quality {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "default" | "color" => Some(Self::Color),
            "gray" => Some(Self::Gray),
            "bitonal" => Some(Self::Bitonal),
            _ => None,
        }
    }

    /// The canonical name: colour is the default.
    pub fn name(self) -> &'static str {
        match self {
            Self::Color => "default",
            Self::Gray => "gray",
            Self::Bitonal => "bitonal",
        }
    }
}

/// What to make of a region: its size, turn, mirroring, colour and format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Output {
    pub width: u32,
    pub height: u32,
    pub mirror: bool,
    /// Clockwise, in degrees: 0, 90, 180 or 270.
    pub rotation: u16,
    pub quality: Quality,
    pub format: Format,
}

/// A decoded image with its halvings, so a tile of a zoomed-out view is scaled
/// from the smallest level still sharper than the output, not from the full image.
#[derive(Debug)]
pub struct Pyramid {
    levels: Vec<RgbImage>,
}

/// Halve until the longest side is at most this.
const SMALLEST_LEVEL: u32 = 256;

fn resize(src: &RgbImage, crop: Option<(f64, f64, f64, f64)>, w: u32, h: u32) -> RgbImage {
    let mut dst = RgbImage::new(w, h);
    let mut options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    if let Some((x, y, cw, ch)) = crop {
        options = options.crop(x, y, cw, ch);
    }
    Resizer::new()
        .resize(src, &mut dst, &options)
        .expect("RGB to RGB of a non-empty size");
    dst
}

impl Pyramid {
    pub fn new(full: RgbImage) -> Self {
        let mut levels = vec![full];
        loop {
            let last = levels.last().expect("the full image");
            if last.width().max(last.height()) <= SMALLEST_LEVEL
                || last.width() < 2
                || last.height() < 2
            {
                break;
            }
            let next = resize(
                last,
                None,
                last.width().div_ceil(2),
                last.height().div_ceil(2),
            );
            levels.push(next);
        }
        Self { levels }
    }

    pub fn width(&self) -> u32 {
        self.levels[0].width()
    }

    pub fn height(&self) -> u32 {
        self.levels[0].height()
    }

    /// The image's average colour, `#rrggbb`, from its smallest halving.
    pub fn average_color(&self) -> String {
        average_color(self.levels.last().expect("the full image"))
    }

    /// Bytes held, for the cache's weight.
    pub fn bytes(&self) -> u64 {
        self.levels.iter().map(|l| l.as_raw().len() as u64).sum()
    }

    /// Renders a region (in full-image pixels) as `out` asks.
    pub fn render(&self, region: Rect, out: &Output) -> Vec<u8> {
        // The size is of the region before it is turned.
        let (w, h) = (out.width, out.height);
        let scale = (f64::from(w) / f64::from(region.w)).max(f64::from(h) / f64::from(region.h));
        let level = self
            .levels
            .iter()
            .rposition(|l| f64::from(l.width()) / f64::from(self.width()) >= scale.min(1.0))
            .unwrap_or(0);
        let src = &self.levels[level];
        let fx = f64::from(src.width()) / f64::from(self.width());
        let fy = f64::from(src.height()) / f64::from(self.height());
        let crop = (
            f64::from(region.x) * fx,
            f64::from(region.y) * fy,
            f64::from(region.w) * fx,
            f64::from(region.h) * fy,
        );
        let exact = level == 0 && (region.w, region.h) == (w, h);
        let mut img = if exact {
            image::imageops::crop_imm(src, region.x, region.y, w, h).to_image()
        } else {
            resize(src, Some(crop), w, h)
        };
        if out.mirror {
            image::imageops::flip_horizontal_in_place(&mut img);
        }
        let img = match out.rotation {
            90 => image::imageops::rotate90(&img),
            180 => image::imageops::rotate180(&img),
            270 => image::imageops::rotate270(&img),
            _ => img,
        };
        match out.quality {
            Quality::Color => encode(&img, out.format),
            Quality::Gray => encode_gray(&image::imageops::grayscale(&img), out.format),
            Quality::Bitonal => {
                let mut gray = image::imageops::grayscale(&img);
                for p in gray.pixels_mut() {
                    p.0[0] = if p.0[0] < 128 { 0 } else { 255 };
                }
                encode_gray(&gray, out.format)
            }
        }
    }
}

const JPEG_QUALITY: u8 = 85;
const WEBP_QUALITY: f32 = 80.0;

/// Encodes colour pixels.
pub fn encode(img: &RgbImage, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    let (w, h) = img.dimensions();
    match format {
        Format::Jpg => JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .write_image(img.as_raw(), w, h, ExtendedColorType::Rgb8)
            .expect("JPEG encoding to memory"),
        Format::Png => png(&mut out)
            .write_image(img.as_raw(), w, h, ExtendedColorType::Rgb8)
            .expect("PNG encoding to memory"),
        Format::Webp => {
            out = webp::Encoder::from_rgb(img.as_raw(), w, h)
                .encode(WEBP_QUALITY)
                .to_vec()
        }
    }
    out
}

fn encode_gray(img: &GrayImage, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    let (w, h) = img.dimensions();
    match format {
        Format::Jpg => JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .write_image(img.as_raw(), w, h, ExtendedColorType::L8)
            .expect("JPEG encoding to memory"),
        Format::Png => png(&mut out)
            .write_image(img.as_raw(), w, h, ExtendedColorType::L8)
            .expect("PNG encoding to memory"),
        // libwebp takes colour only: grey as colour.
        Format::Webp => {
            out = encode(&DynamicImage::ImageLuma8(img.clone()).into_rgb8(), format);
        }
    }
    out
}

fn png(out: &mut Vec<u8>) -> PngEncoder<&mut Vec<u8>> {
    PngEncoder::new_with_quality(
        out,
        CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    )
}

/// The average colour of an image, `#rrggbb`.
fn average_color(img: &RgbImage) -> String {
    let mut sum = [0u64; 3];
    for p in img.pixels() {
        for (s, c) in sum.iter_mut().zip(p.0) {
            *s += u64::from(c);
        }
    }
    let n = u64::from(img.width()) * u64::from(img.height());
    let [r, g, b] = sum.map(|s| s / n.max(1));
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        encode(
            &RgbImage::from_pixel(w, h, image::Rgb([200, 30, 30])),
            Format::Jpg,
        )
    }

    #[test]
    fn the_four_formats_are_taken_and_others_refused() {
        let img = RgbImage::from_pixel(8, 8, image::Rgb([1, 2, 3]));
        for (format, media) in [
            (Format::Jpg, "image/jpeg"),
            (Format::Png, "image/png"),
            (Format::Webp, "image/webp"),
        ] {
            assert_eq!(
                decode(&encode(&img, format), 1000).unwrap().media_type,
                media
            );
        }
        let mut tiff = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_to(&mut Cursor::new(&mut tiff), ImageFormat::Tiff)
            .unwrap();
        assert_eq!(decode(&tiff, 1000).unwrap().media_type, "image/tiff");
        assert!(matches!(
            decode(b"GIF89a....", 1000),
            Err(Refusal::Unsupported(_))
        ));
        assert!(matches!(
            decode(b"%PDF-1.7", 1000),
            Err(Refusal::Unsupported(_))
        ));
    }

    #[test]
    fn too_many_pixels_and_damaged_files_are_refused() {
        assert!(matches!(
            decode(&jpeg(100, 100), 9_999),
            Err(Refusal::TooManyPixels(_))
        ));
        let mut cut = jpeg(64, 64);
        cut.truncate(cut.len() / 2);
        assert!(matches!(decode(&cut, 1_000_000), Err(Refusal::Damaged(_))));
    }

    #[test]
    fn a_png_claiming_a_huge_size_is_refused_from_its_header() {
        // A valid PNG header that claims 100,000 × 100,000 pixels, and no data.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 2, 0, 0, 0]);
        let crc = crc32(&png[12..]);
        png.extend_from_slice(&crc.to_be_bytes());
        // The start of its pixel data: an empty zlib stream.
        let idat: &[u8] = b"IDAT\x78\x9c\x03\x00\x00\x00\x00\x01";
        png.extend_from_slice(&8u32.to_be_bytes());
        png.extend_from_slice(idat);
        png.extend_from_slice(&crc32(idat).to_be_bytes());
        assert!(matches!(
            decode(&png, 100_000_000),
            Err(Refusal::TooManyPixels(_))
        ));
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn tiles_come_out_at_the_asked_size_turned_and_grey() {
        let img = RgbImage::from_fn(600, 400, |x, _| image::Rgb([(x % 256) as u8, 100, 50]));
        let pyramid = Pyramid::new(img);
        let out = Output {
            width: 100,
            height: 50,
            mirror: true,
            rotation: 90,
            quality: Quality::Gray,
            format: Format::Png,
        };
        let bytes = pyramid.render(
            Rect {
                x: 100,
                y: 0,
                w: 200,
                h: 100,
            },
            &out,
        );
        let back = image::load_from_memory(&bytes).unwrap();
        assert_eq!((back.width(), back.height()), (50, 100));
        assert_eq!(back.color(), image::ColorType::L8);
    }

    #[test]
    fn the_average_colour_is_the_mean_of_the_pixels() {
        let img = RgbImage::from_fn(2, 1, |x, _| {
            image::Rgb(if x == 0 { [0, 0, 0] } else { [255, 255, 255] })
        });
        assert_eq!(average_color(&img), "#7f7f7f");
    }
}
