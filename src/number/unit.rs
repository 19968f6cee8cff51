//! Units of measure: the table of every unit the library reads, with its
//! canonical symbol, what it measures, its exact factor to the SI (or
//! SI-derived) unit where there is one, and the ways news writes it.
//!
//! Why a factor can be missing:
//! - temperatures (`°C`, `°F`) convert by an offset, not a factor;
//! - `sào` and `mẫu` differ by region (a Bắc Bộ sào is 360 m², a Trung Bộ
//!   sào 500 m²; a Bắc Bộ mẫu 3 600 m², a Trung Bộ mẫu 4 970 m²), and the
//!   text rarely says which;
//! - `km/h` is 1/3.6 m/s and a knot 1852/3600 m/s, which are not finite
//!   decimals, and a value must stay exact;
//! - `hp` (mã lực) is used for both the mechanical (745.7 W) and the metric
//!   (735.5 W) horsepower;
//! - months and years have no fixed length.
//!
//! Data sizes use the decimal (SI) prefixes: 1 GB = 10⁹ bytes, as storage
//! makers and network speeds count; a GiB (2³⁰) is written `GiB` and is
//! not in the table. `Mb` is a megabit and `MB` a megabyte; the lower-case
//! `mb`, `gb`, `tb` are read as bytes.
//!
//! An ounce in news is the troy ounce of gold prices (31.1034768 g).
//!
//! Symbols are matched exactly as written (`m` is a metre, `M` a million;
//! `Mb` a megabit, `MB` a megabyte); words in any case and Unicode form.
//! A one-letter symbol other than `m` must be glued to its number ("5l",
//! "100t", "220V"): a spaced letter is too often something else; "W" and
//! "V" may stand spaced when the clause ends after them ("sạc 15 W.").

use std::fmt;
use std::sync::OnceLock;

use super::decimal::Decimal;
use super::forms::{FnvMap, index_by_first_part};
use super::lex::{Kind, Token, tokens};

/// What a unit measures.
///
/// ```
/// use vietnorm::number::{Dimension, Unit};
/// assert_eq!(Unit::from_symbol("ha").unwrap().dimension(), Dimension::Area);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dimension {
    /// Metres.
    Length,
    /// Square metres.
    Area,
    /// Cubic metres.
    Volume,
    /// Kilograms.
    Mass,
    /// Degrees Celsius or Fahrenheit.
    Temperature,
    /// Metres per second.
    Speed,
    /// Watts.
    Power,
    /// Joules.
    Energy,
    /// Bytes or bits.
    Data,
    /// Bits per second.
    DataRate,
    /// Hertz.
    Frequency,
    /// Volts.
    Voltage,
    /// Amperes.
    Current,
    /// Coulombs (`mAh`).
    Charge,
    /// Seconds: only after `/` or "mỗi" ("%/năm", "đồng/giờ").
    Time,
    /// Things counted: only after `/` ("đồng/người", "USD/thùng").
    Count,
    /// Anything else: angles, earthquake magnitudes.
    Other,
}

/// Where a unit may stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Use {
    /// After a number ("3kg") and after `/` ("đồng/kg").
    Measure,
    /// Only after `/`, "trên", "mỗi" or "một": a time ("%/năm") or a
    /// counted thing ("đồng/người"); "3 ngày" is a duration, "3 người" a
    /// number.
    PerOnly,
    /// Only after `/`: a counted thing that "một", "mỗi" or "trên" before
    /// it does not make a per ("500.000 đồng/lần"; "nộp 500.000 đồng một
    /// lần" is paid at once).
    SlashOnly,
}

use Dimension::*;
use Use::{Measure, PerOnly, SlashOnly};

/// One unit: canonical symbol, dimension, where it stands, the exact factor
/// to the SI unit and that unit (`None` when not exact or not defined), the
/// symbols (matched as written) and the words (any case).
struct Row {
    symbol: &'static str,
    dimension: Dimension,
    place: Use,
    /// Its symbols may also stand before the number, as a currency code
    /// may ("Mach 2", as "USD 5"): see [`match_unit_before`].
    before: bool,
    si: Option<(&'static str, &'static str)>,
    symbols: &'static [&'static str],
    words: &'static [&'static str],
}

const fn row(
    symbol: &'static str,
    dimension: Dimension,
    si: Option<(&'static str, &'static str)>,
    symbols: &'static [&'static str],
    words: &'static [&'static str],
) -> Row {
    Row {
        symbol,
        dimension,
        place: Measure,
        before: false,
        si,
        symbols,
        words,
    }
}

/// A [`row`] whose symbols may also stand before the number ("Mach 2").
const fn before_or_after(
    symbol: &'static str,
    dimension: Dimension,
    si: Option<(&'static str, &'static str)>,
    symbols: &'static [&'static str],
    words: &'static [&'static str],
) -> Row {
    Row {
        before: true,
        ..row(symbol, dimension, si, symbols, words)
    }
}

/// A [`row`] whose unit stands only after a slash ("/ha", "/km²").
const fn per(
    symbol: &'static str,
    dimension: Dimension,
    si: Option<(&'static str, &'static str)>,
    symbols: &'static [&'static str],
    words: &'static [&'static str],
) -> Row {
    Row {
        place: PerOnly,
        ..row(symbol, dimension, si, symbols, words)
    }
}

/// A counted thing read as a per only after `/` ("đồng/mớ", "USD/phiên").
const fn slash_per(symbol: &'static str, words: &'static [&'static str]) -> Row {
    Row {
        place: SlashOnly,
        ..row(symbol, Count, None, &[], words)
    }
}

/// The unit table. Read a row as: `3 km` is `3 × 1000 m`.
#[rustfmt::skip]
const TABLE: &[Row] = &[
    // Length.
    row("m", Length, Some(("1", "m")), &["m"], &["mét", "met", "metre", "meter", "meters", "metres"]),
    row("km", Length, Some(("1000", "m")), &["km", "Km", "KM"], &["ki lô mét", "ki-lô-mét", "kilômét", "kilômet", "kilomet", "kilomét", "kilometer", "kilometers", "kilometre", "cây số"]),
    row("cm", Length, Some(("0.01", "m")), &["cm"], &["xăng ti mét", "xen ti mét", "xentimét", "xăngtimét", "centimet", "centimét", "centimeter"]),
    row("mm", Length, Some(("0.001", "m")), &["mm"], &["mi li mét", "milimét", "milimet", "millimeter"]),
    row("µm", Length, Some(("0.000001", "m")), &["µm", "μm"], &["micromet", "micrômét", "micromét", "muy crô mét", "micron"]),
    row("nm", Length, Some(("0.000000001", "m")), &["nm"], &["nanomet", "nanômét", "nanomét", "na nô mét"]),
    row("inch", Length, Some(("0.0254", "m")), &["inch", "\"", "''", "″"], &["inch", "inches", "inchs", "in-sơ"]),
    row("ft", Length, Some(("0.3048", "m")), &["ft"], &["feet", "foot"]),
    row("mi", Length, Some(("1609.344", "m")), &[], &["dặm", "mile", "miles"]),
    row("nmi", Length, Some(("1852", "m")), &["nmi"], &["hải lý"]),
    // "cách Trái Đất 39 năm ánh sáng": the light-year (IAU, exact in
    // metres); no symbol, "ly" is a cup ("cốc").
    row("ly", Length, Some(("9460730472580800", "m")), &[], &["năm ánh sáng"]),
    // Area.
    row("m²", Area, Some(("1", "m²")), &["m²", "m2"], &["mét vuông", "met vuông", "m vuông"]),
    row("km²", Area, Some(("1000000", "m²")), &["km²", "km2", "Km2", "Km²"], &["ki lô mét vuông", "kilômét vuông", "kilomet vuông", "cây số vuông"]),
    row("cm²", Area, Some(("0.0001", "m²")), &["cm²", "cm2"], &["xăng ti mét vuông", "centimet vuông"]),
    row("ha", Area, Some(("10000", "m²")), &["ha", "Ha"], &["hecta", "héc ta", "héc-ta", "hécta", "hec-ta", "hectare", "hectares"]),
    row("acre", Area, Some(("4046.8564224", "m²")), &[], &["mẫu Anh", "acre", "acres"]),
    row("sào", Area, None, &[], &["sào"]),
    row("mẫu", Area, None, &[], &["mẫu"]),
    // Volume.
    row("m³", Volume, Some(("1", "m³")), &["m³", "m3"], &["mét khối", "met khối"]),
    row("l", Volume, Some(("0.001", "m³")), &["l", "L"], &["lít", "lit", "litre", "liter", "liters", "litres"]),
    row("ml", Volume, Some(("0.000001", "m³")), &["ml", "mL"], &["mi li lít", "mililít", "mililit", "milliliter"]),
    row("cm³", Volume, Some(("0.000001", "m³")), &["cm³", "cm3", "cc"], &["xăng ti mét khối", "phân khối", "centimet khối"]),
    row("gal", Volume, Some(("0.003785411784", "m³")), &["gal"], &["gallon", "gallons", "ga-lông", "galông"]),
    row("bbl", Volume, Some(("0.158987294928", "m³")), &["bbl"], &["barrel", "barrels"]),
    // The US bushel of grain prices ("10,2475 USD/bushel"; money13 probe).
    row("bu", Volume, Some(("0.03523907016688", "m³")), &[], &["bushel", "bushels"]),
    // Mass.
    row("kg", Mass, Some(("1", "kg")), &["kg", "Kg", "KG"], &["ki lô gam", "kí lô gam", "ký lô gam", "ki-lô-gam", "kilôgam", "kilôgram", "kilogam", "kilogram", "ki lô gram", "kí lô", "ký lô", "kí", "ký", "kilô", "ki lô", "cân"]),
    row("g", Mass, Some(("0.001", "kg")), &["g", "gr"], &["gam", "gram", "gờ ram"]),
    row("mg", Mass, Some(("0.000001", "kg")), &["mg"], &["mi li gam", "miligam", "miligram"]),
    row("µg", Mass, Some(("0.000000001", "kg")), &["µg", "μg", "mcg"], &["microgam", "micrôgam", "microgram"]),
    row("t", Mass, Some(("1000", "kg")), &["t"], &["tấn"]),
    row("tạ", Mass, Some(("100", "kg")), &[], &["tạ"]),
    row("yến", Mass, Some(("10", "kg")), &[], &["yến"]),
    row("lượng", Mass, Some(("0.0375", "kg")), &[], &["lượng", "cây vàng"]),
    row("chỉ", Mass, Some(("0.00375", "kg")), &[], &["chỉ"]),
    // The metric carat of gems ("kim cương 3,5 carat", "87,80 carat"
    // of rubies): 200 mg exactly. Gold's purity in carats ("vàng ròng 24
    // carat", "22 carat vàng") is a grade, no measure: the scanner
    // leaves it out (measure12 probe).
    row("ct", Mass, Some(("0.0002", "kg")), &[], &["carat", "carats"]),
    row("lb", Mass, Some(("0.45359237", "kg")), &["lb", "lbs"], &["pound", "pounds", "pao"]),
    row("ozt", Mass, Some(("0.0311034768", "kg")), &["oz", "Oz", "ozt"], &["ounce", "ounces", "ao-xơ", "aoxơ", "ounce vàng"]),
    // Temperature and other degrees.
    row("°C", Temperature, None, &["°C", "°c", "℃", "oC"], &["độ C", "độ xê", "o C"]),
    row("°F", Temperature, None, &["°F", "°f", "℉", "oF"], &["độ F", "độ ép"]),
    row("Richter", Other, None, &[], &["độ Richter", "richter"]),
    row("°", Other, None, &["°"], &["độ"]),
    // Speed.
    row("km/h", Speed, None, &["km/h", "kmh", "km/giờ", "Km/h", "kph", "km/g"], &["ki lô mét trên giờ", "kilomet trên giờ", "kilômét trên giờ", "km trên giờ", "km một giờ", "ki lô mét một giờ", "cây số một giờ", "cây số/giờ", "kilômét/giờ", "kilomet/giờ"]),
    row("m/s", Speed, Some(("1", "m/s")), &["m/s"], &["mét trên giây", "mét/giây", "mét một giây"]),
    // A Mach number, written before its number ("tốc độ Mach 2,05",
    // measure13 probe: every such form in the corpus is a speed), and
    // after it as the library writes it ("2 Mach"): the speed of sound
    // varies with the air, so no factor.
    before_or_after("Mach", Speed, None, &["Mach"], &[]),
    row("kn", Speed, None, &["kn"], &["hải lý/giờ", "hải lý/h", "hải lý một giờ", "hải lý trên giờ", "knot", "knots"]),
    // Power.
    row("W", Power, Some(("1", "W")), &["W"], &["oát", "watt", "watts"]),
    row("kW", Power, Some(("1000", "W")), &["kW", "kw", "KW", "Kw"], &["ki lô oát", "kilôoát", "kilowatt", "kilowatts", "kilô oát"]),
    row("MW", Power, Some(("1000000", "W")), &["MW", "mw", "Mw"], &["mê ga oát", "mêga oát", "megawatt", "megawatts"]),
    row("GW", Power, Some(("1000000000", "W")), &["GW", "gw", "Gw"], &["gi ga oát", "gigawatt", "gigawatts"]),
    row("TW", Power, Some(("1000000000000", "W")), &["TW", "tw"], &["tê ra oát", "terawatt"]),
    // "CV" (cheval-vapeur, boats' engines) and "PS" (Pferdestärke, cars'
    // data sheets) are the metric horsepower: hp, which has no SI factor.
    // "sức ngựa" (horse power, word for word) is "mã lực" in native words
    // ("280.000 sức ngựa", "1 sức ngựa – HP"; money27 probe).
    row("hp", Power, None, &["hp", "HP", "CV", "PS"], &["mã lực", "sức ngựa"]),
    row("MVA", Power, Some(("1000000", "VA")), &["MVA"], &["mê ga vôn ampe"]),
    row("kVA", Power, Some(("1000", "VA")), &["kVA", "KVA"], &["ki lô vôn ampe"]),
    // Torque and rotation.
    row("N·m", Other, Some(("1", "N·m")), &["Nm", "N.m", "N·m"], &["niutơn mét"]),
    // A camera's resolution ("camera 20,7 megapixel", "13MP") and a
    // screen's density ("mật độ 643ppi"): the gold sets read both as
    // measures (eleventh session).
    row("MP", Other, None, &["MP", "Mp", "MPx"], &["megapixel", "megapixels", "mega pixel", "mega-pixel"]),
    row("ppi", Other, None, &["ppi", "PPI"], &[]),
    row("rpm", Frequency, None, &["rpm", "vòng/phút", "v/p"], &["vòng/phút", "vòng một phút", "vòng trên phút"]),
    // A frame rate ("quay phim 30 khung hình/giây", "đạt 36,6 hình/giây",
    // "tốc độ 120 fps"): frames per second, a device's frequency as rpm
    // is an engine's (gen51 probe); no SI factor, a frame being no cycle.
    row("fps", Frequency, None, &["fps", "FPS"], &["khung hình/giây", "khung hình/s", "hình/giây", "hình/s"]),
    // Energy.
    row("Wh", Energy, Some(("3600", "J")), &["Wh"], &["oát giờ"]),
    row("kWh", Energy, Some(("3600000", "J")), &["kWh", "kwh", "KWh", "kWH", "KWH", "Kwh"], &["ki lô oát giờ", "kilôoát giờ", "kilowatt giờ", "kilowatt-giờ"]),
    row("MWh", Energy, Some(("3600000000", "J")), &["MWh", "Mwh", "MWH"], &["mê ga oát giờ", "megawatt giờ"]),
    row("GWh", Energy, Some(("3600000000000", "J")), &["GWh", "Gwh"], &["gi ga oát giờ", "gigawatt giờ"]),
    row("TWh", Energy, Some(("3600000000000000", "J")), &["TWh"], &["terawatt giờ"]),
    row("kJ", Energy, Some(("1000", "J")), &["kJ"], &["ki lô jun", "kilojun"]),
    row("kcal", Energy, Some(("4184", "J")), &["kcal", "Kcal"], &["ki lô calo", "kilôcalo", "kilocalo"]),
    row("cal", Energy, Some(("4.184", "J")), &["cal"], &["calo", "calori", "calorie", "calories"]),
    // Data.
    row("KB", Data, Some(("1000", "B")), &["KB", "kB"], &["kilobyte", "kilôbai", "ki lô bai"]),
    row("MB", Data, Some(("1000000", "B")), &["MB", "mb"], &["megabyte", "mêgabai", "mê ga bai"]),
    row("GB", Data, Some(("1000000000", "B")), &["GB", "gb", "Gb"], &["gigabyte", "gigabai", "gi ga bai"]),
    row("TB", Data, Some(("1000000000000", "B")), &["TB", "tb"], &["terabyte", "têrabai", "tê ra bai"]),
    row("PB", Data, Some(("1000000000000000", "B")), &["PB"], &["petabyte"]),
    // "384 bit", "64-bit" (a bus's width, a processor's word).
    row("bit", Data, Some(("1", "bit")), &["bit"], &[]),
    row("Mb", Data, Some(("1000000", "bit")), &["Mb", "Mbit"], &["megabit", "mê ga bit"]),
    row("kbps", DataRate, Some(("1000", "bit/s")), &["kbps", "Kbps", "kb/s", "Kb/s"], &["kilobit trên giây", "kilobit/giây"]),
    row("Mbps", DataRate, Some(("1000000", "bit/s")), &["Mbps", "mbps", "Mb/s", "Mbit/s"], &["megabit trên giây", "megabit/giây", "mê ga bit trên giây"]),
    row("Gbps", DataRate, Some(("1000000000", "bit/s")), &["Gbps", "gbps", "Gb/s", "Gbit/s"], &["gigabit trên giây", "gigabit/giây"]),
    // Frequency.
    row("Hz", Frequency, Some(("1", "Hz")), &["Hz", "hz"], &["héc", "hẹc", "hertz"]),
    row("kHz", Frequency, Some(("1000", "Hz")), &["kHz", "khz", "KHz"], &["ki lô héc", "kilohertz"]),
    row("MHz", Frequency, Some(("1000000", "Hz")), &["MHz", "Mhz", "mhz"], &["mê ga héc", "mê ga hẹc", "megahertz"]),
    row("GHz", Frequency, Some(("1000000000", "Hz")), &["GHz", "Ghz", "ghz"], &["gi ga héc", "gi ga hẹc", "gigahertz"]),
    // Electricity.
    row("V", Voltage, Some(("1", "V")), &["V"], &["vôn", "volt", "volts"]),
    row("kV", Voltage, Some(("1000", "V")), &["kV", "KV", "kv"], &["ki lô vôn", "kilôvôn", "kilovolt"]),
    row("A", Current, Some(("1", "A")), &[], &["ampe", "am pe", "ampere"]),
    row("mA", Current, Some(("0.001", "A")), &["mA"], &["mi li am pe", "miliampe"]),
    row("mAh", Charge, Some(("3.6", "C")), &["mAh", "mah", "MAh"], &["mi li am pe giờ"]),
    row("Ah", Charge, Some(("3600", "C")), &["Ah"], &["am pe giờ", "ampe giờ"]),
    // Times, after "/" or "mỗi" only.
    per("s", Time, Some(("1", "s")), &["s"], &["giây"]),
    per("min", Time, Some(("60", "s")), &["min"], &["phút"]),
    per("h", Time, Some(("3600", "s")), &["h"], &["giờ", "tiếng"]),
    per("day", Time, Some(("86400", "s")), &[], &["ngày", "ngày đêm"]),
    per("week", Time, Some(("604800", "s")), &[], &["tuần"]),
    per("month", Time, None, &[], &["tháng"]),
    per("quarter", Time, None, &[], &["quý"]),
    per("year", Time, None, &[], &["năm"]),
    // Fuel use per a hundred kilometres ("6 lít/100km"): after "/" only,
    // read by the rate grammar from the digits and "km".
    per("100km", Length, Some(("100000", "m")), &[], &[]),
    // Things counted, after "/" only.
    per("người", Count, None, &[], &["người", "khẩu"]),
    per("hộ", Count, None, &[], &["hộ"]),
    // "100.000 đồng/ hộ gia đình": a household, its own noun as written, as
    // "trái phiếu" and "người lớn" are (thirty-first blind set, ag054).
    per("hộ gia đình", Count, None, &[], &["hộ gia đình"]),
    per("cổ phiếu", Count, None, &["cp", "CP", "Cp"], &["cổ phiếu", "cổ"]),
    per("suất", Count, None, &[], &["suất"]),
    per("lượt", Count, None, &[], &["lượt"]),
    per("vé", Count, None, &[], &["vé"]),
    per("chiếc", Count, None, &[], &["chiếc"]),
    per("con", Count, None, &[], &["con"]),
    per("căn", Count, None, &[], &["căn", "căn hộ"]),
    per("thùng", Count, None, &[], &["thùng"]),
    per("bao", Count, None, &[], &["bao"]),
    per("bát", Count, None, &[], &["bát", "tô"]),
    per("đĩa", Count, None, &[], &["đĩa"]),
    per("cốc", Count, None, &[], &["cốc", "ly"]),
    per("kỳ", Count, None, &[], &["kỳ"]),
    per("hợp đồng", Count, None, &[], &["hợp đồng"]),
    per("học sinh", Count, None, &["HS", "hs"], &["học sinh"]),
    per("lao động", Count, None, &[], &["lao động"]),
    // Found by a random probe of the corpus: money per a thing counted,
    // after "/" only.
    slash_per("phiên", &["phiên"]),
    slash_per("phòng", &["phòng"]),
    slash_per("mớ", &["mớ"]),
    slash_per("lần", &["lần"]),
    slash_per("giải", &["giải"]),
    slash_per("em", &["em"]),
    slash_per("trẻ em", &["trẻ em"]),
    slash_per("trẻ", &["trẻ", "cháu"]),
    slash_per("trường hợp", &["trường hợp"]),
    slash_per("buổi", &["buổi"]),
    slash_per("cái", &["cái"]),
    slash_per("khóa", &["khóa", "khoá"]),
    slash_per("sản phẩm", &["sản phẩm"]),
    slash_per("xe máy", &["xe máy"]),
    slash_per("ô tô", &["ô tô", "ôtô"]),
    slash_per("xe", &["xe"]),
    slash_per("chai", &["chai"]),
    slash_per("bình", &["bình"]),
    slash_per("lọ", &["lọ"]),
    slash_per("gói", &["gói"]),
    slash_per("món", &["món"]),
    slash_per("quả", &["quả", "trái"]),
    slash_per("tờ", &["tờ"]),
    slash_per("bộ", &["bộ"]),
    slash_per("cây", &["cây"]),
    slash_per("tấm", &["tấm"]),
    slash_per("bữa", &["bữa"]),
    slash_per("đêm", &["đêm"]),
    slash_per("học viên", &["học viên"]),
    slash_per("khách", &["khách"]),
    // "đồng/hành khách": a passenger, its own noun as written (blind23 l148).
    slash_per("hành khách", &["hành khách"]),
    slash_per("thuê bao", &["thuê bao"]),
    slash_per("dự án", &["dự án"]),
    slash_per("cổ phần", &["cổ phần"]),
    slash_per("chặng", &["chặng"]),
    // Found by the sixth probe of measures (issue 8), each two times and
    // more after "đồng/", "USD/", "đ/" in the corpus: "2 triệu đồng/ha/vụ"
    // (a crop season), "250.000đ/chậu", "16.000 đồng/chục".
    slash_per("vụ", &["vụ"]),
    slash_per("chậu", &["chậu"]),
    slash_per("can", &["can"]),
    slash_per("chục", &["chục"]),
    slash_per("thỏi", &["thỏi"]),
    slash_per("hài cốt", &["hài cốt"]),
    slash_per("bó", &["bó"]),
    slash_per("ảnh", &["ảnh"]),
    slash_per("cuốn", &["cuốn", "quyển"]),
    slash_per("bài", &["bài"]),
    slash_per("gia đình", &["gia đình"]),
    // Found by the ninth number and measure probe, after "mỗi" (each) and
    // "/": "3 tỷ đồng mỗi mùa" (a season), "4 triệu đồng mỗi cặp" (a pair
    // of tickets), "3.000 đồng mỗi đơn vị" (a share), "100 triệu đồng mỗi
    // phiên bản" (a model's version, no trading session).
    slash_per("phiên bản", &["phiên bản"]),
    slash_per("mùa", &["mùa", "mùa giải"]),
    slash_per("cặp", &["cặp"]),
    slash_per("trận", &["trận", "trận đấu"]),
    slash_per("đơn vị", &["đơn vị"]),
    // Found by the money13 probe after "đồng/": "10.163 đồng/CCQ" (a fund
    // certificate), "9.000-11.000 đồng/lạng" (a market's hundred grams),
    // "300.000 đồng/công" (a southern plot, or a day's labour).
    slash_per("chứng chỉ quỹ", &["chứng chỉ quỹ", "CCQ"]),
    slash_per("lạng", &["lạng"]),
    slash_per("công", &["công"]),
    // Found by the money17 probe after "đồng/": nouns of two words whose
    // first word alone names another per ("trái" is a fruit, "người" any
    // person, "khóa" a course, also read alone): "100.000 đồng/trái
    // phiếu" (a bond), "300.000 đồng/người lớn; 150.000 đồng/trẻ em",
    // "180 triệu đồng/khóa học".
    slash_per("trái phiếu", &["trái phiếu"]),
    slash_per("người lớn", &["người lớn"]),
    slash_per("khóa học", &["khóa học", "khoá học"]),
    // A currency after "/" (money13 probe): the price of one currency in
    // another, as exchange rates are quoted ("20.828 đồng/USD", "21.030
    // đồng/đô la Mỹ", "1,0751 USD/EUR"); the per is the currency's ISO
    // code. Only the currencies quoted so in the corpus and their kin.
    slash_per("USD", &["USD", "đô la Mỹ", "đô-la Mỹ", "đôla Mỹ", "đô la", "đô-la", "đôla"]),
    slash_per("EUR", &["EUR", "euro", "ơ rô"]),
    slash_per("JPY", &["JPY", "yên Nhật", "yen"]),
    slash_per("CNY", &["CNY", "NDT", "nhân dân tệ"]),
    slash_per("GBP", &["GBP", "bảng Anh"]),
];

/// Words that stop a unit word from being a unit: "3 ký tự" (characters),
/// "5 độ tuổi", "mẫu xe" (a model of car).
const NOT_BEFORE: &[(&str, &[&str])] = &[
    (
        "ký",
        &[
            "tự", "kết", "giả", "túc", "sự", "ức", "hiệu", "tên", "gửi", "nhận", "hợp", "quỹ",
            "ninh", "xá",
        ],
    ),
    (
        "kí",
        &[
            "tự", "kết", "giả", "túc", "sự", "ức", "hiệu", "tên", "gửi", "nhận", "hợp", "ninh",
            "xá",
        ],
    ),
    (
        "độ",
        &[
            "tuổi", "dài", "cao", "sâu", "rộng", "lớn", "phủ", "bền", "trễ", "chính", "nét", "tin",
            "tương", "mạnh", "ẩm", "nhạy", "khó", "an", "dày", "nóng", "lạnh", "chênh", "nghiêng",
            "mặn", "ồn", "phân", "vênh", "lệch", "chừng", "ấy", "này", "đó",
            // "một độ linh động nhất định", "một độ mỏng … lý tưởng"
            // (a degree of flexibility, a thinness; gen28 probe).
            "linh", "mỏng",
        ],
    ),
    // ("bán" left the list in the money13 probe: "100.000 đồng mỗi lượng
    // bán ra" is per tael on the selling side, as "mỗi lượng mua vào" is on
    // the buying one.)
    (
        "lượng",
        &[
            "mưa", "khách", "người", "hàng", "xe", "tử", "giác", "sức", "thông", "tiêu", "vốn",
            "nước", "lớn", "thịt",
        ],
    ),
    ("yến", &["sào", "tiệc", "mạch", "anh"]),
    // "cân" (a kilogram in market speech: "7 - 8 cân", "33 ngàn đồng một
    // cân") is also a scale and a verb: "cân đồng hồ", "cân đối", "cân bằng".
    (
        "cân",
        &[
            "đồng", "đối", "bằng", "nhắc", "điện", "sức", "não", "xứng", "đẩu", "treo", "bàn",
            "tiểu", "móc", "hàng", "lại", "thử", "đo", "kỹ",
        ],
    ),
    // "hai gam màu", "2 gam màu": a range of colours, not grams.
    ("gam", &["màu"]),
    // "3 sào cà chua", "1,5 sào cà phê", "1 sào mướp": after a number
    // "sào" is the land unit before any crop (every case in the corpus,
    // fifth date and measure probe); "sào huyệt" is a lair.
    ("sào", &["huyệt"]),
    ("con", &["người", "số", "đường", "dấu"]),
    ("tạ", &["ơn", "lỗi", "từ", "thế"]),
    // "150-200 triệu USD mỗi công ty" (each company): not the plot.
    (
        "công",
        &[
            "ty", "nhân", "trình", "việc", "chức", "dân", "nghệ", "nghiệp", "đoàn", "tác", "lao",
            "an", "bố", "khai", "suất", "trái", "ước", "viên", "ích",
        ],
    ),
    ("tấn", &["công", "tới", "phong", "tuồng"]),
    (
        "bao",
        &["nhiêu", "giờ", "lâu", "gồm", "gạo", "lì", "vây", "bì"],
    ),
];

/// Words that may only be units before one of these words (or before
/// punctuation or the end): "3 mẫu ruộng" but "3 mẫu xe"; "5 chỉ vàng" but
/// "5 chỉ có".
const ONLY_BEFORE: &[(&str, &[&str])] = &[
    ("mẫu", &["ruộng", "đất", "lúa", "rừng", "vườn", "ao"]),
    // "1 chỉ vàng"; "nhẫn 0,5 chỉ và 2 chỉ trở lên", "loại 1 chỉ đã cháy
    // hàng": words that cannot follow "chỉ" as "only".
    ("chỉ", &["vàng", "và", "trở", "cũng", "đã"]),
];

/// A unit of measure, by its canonical symbol (`km`, `m²`, `°C`, `kWh`).
///
/// ```
/// use vietnorm::number::{Dimension, Unit};
///
/// let ha = Unit::from_symbol("ha").unwrap();
/// assert_eq!(ha.symbol(), "ha");
/// assert_eq!(ha.dimension(), Dimension::Area);
/// assert_eq!(ha.si_factor().unwrap().to_string(), "10000");
/// assert_eq!(ha.si_unit(), Some("m²"));
/// assert_eq!(Unit::from_symbol("°C").unwrap().si_factor(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Unit(&'static str);

impl Unit {
    fn row(self) -> Option<&'static Row> {
        TABLE.iter().find(|r| r.symbol == self.0)
    }

    /// The unit with this canonical symbol (exactly as written).
    ///
    /// ```
    /// assert!(vietnorm::number::Unit::from_symbol("kWh").is_some());
    /// assert!(vietnorm::number::Unit::from_symbol("kwh").is_none());
    /// ```
    pub fn from_symbol(symbol: &str) -> Option<Unit> {
        TABLE
            .iter()
            .find(|r| r.symbol == symbol)
            .map(|r| Unit(r.symbol))
    }

    /// Every unit the library knows.
    ///
    /// ```
    /// assert!(vietnorm::number::Unit::all().any(|u| u.symbol() == "tạ"));
    /// ```
    pub fn all() -> impl Iterator<Item = Unit> {
        TABLE.iter().map(|r| Unit(r.symbol))
    }

    /// The canonical symbol.
    ///
    /// ```
    /// let m = vietnorm::number::parse_measure("3 ki lô mét")?;
    /// assert_eq!(m.unit.symbol(), "km");
    /// # Ok::<(), vietnorm::number::ParseMeasureError>(())
    /// ```
    pub const fn symbol(&self) -> &'static str {
        self.0
    }

    /// What the unit measures.
    ///
    /// ```
    /// use vietnorm::number::{Dimension, Unit};
    /// assert_eq!(Unit::from_symbol("kWh").unwrap().dimension(), Dimension::Energy);
    /// ```
    pub fn dimension(&self) -> Dimension {
        self.row().map_or(Dimension::Other, |r| r.dimension)
    }

    /// The exact factor to the SI unit ([`Unit::si_unit`]), when there is
    /// one: 1000 for `km`, 3 600 000 for `kWh`; `None` for `°C`, `sào`,
    /// `km/h` (see the module notes).
    ///
    /// ```
    /// use vietnorm::number::Unit;
    /// assert_eq!(Unit::from_symbol("tạ").unwrap().si_factor().unwrap().to_string(), "100");
    /// ```
    pub fn si_factor(&self) -> Option<Decimal> {
        let (factor, _) = self.row()?.si?;
        factor.parse().ok()
    }

    /// The SI (or SI-derived) unit the factor converts to: `m`, `m²`, `m³`,
    /// `kg`, `W`, `J`, `B` (bytes), `bit/s`, `Hz`, `V`, `A`, `C`, `s`.
    ///
    /// ```
    /// use vietnorm::number::Unit;
    /// assert_eq!(Unit::from_symbol("l").unwrap().si_unit(), Some("m³"));
    /// ```
    pub fn si_unit(&self) -> Option<&'static str> {
        Some(self.row()?.si?.1)
    }

    /// Whether the unit may stand after a number on its own ("3 kg"), not
    /// only after a slash ("đồng/người", "%/năm").
    pub(crate) fn slash_only(&self) -> bool {
        self.row().is_some_and(|r| r.place == SlashOnly)
    }

    pub(crate) fn measures(&self) -> bool {
        self.row().is_some_and(|r| r.place == Measure)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// One way of writing a unit, lexed once.
struct Form {
    unit: Unit,
    /// Matched on the text as written (a symbol), or folded (a word).
    exact: bool,
    parts: Vec<String>,
}

fn forms() -> &'static [Form] {
    static FORMS: OnceLock<Vec<Form>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut out = Vec::new();
        for r in TABLE {
            for s in r.symbols {
                out.push(Form {
                    unit: Unit(r.symbol),
                    exact: true,
                    parts: tokens(s).iter().map(|t| t.text.to_string()).collect(),
                });
            }
            for w in r.words {
                out.push(Form {
                    unit: Unit(r.symbol),
                    exact: false,
                    parts: tokens(w).iter().map(|t| t.folded.to_string()).collect(),
                });
            }
        }
        // Longest first: "km/h" before "km", "độ C" before "độ".
        out.sort_by_key(|f| std::cmp::Reverse(f.parts.len()));
        out
    })
}

/// The forms by their first token (as written for symbols, folded for
/// words), longest first.
fn index() -> &'static FnvMap<String, Vec<usize>> {
    static INDEX: OnceLock<FnvMap<String, Vec<usize>>> = OnceLock::new();
    INDEX.get_or_init(|| index_by_first_part(forms().iter().map(|f| f.parts.as_slice())))
}

/// Every folded word of every unit form (for the scanner's test of what
/// may continue a quantity: "35 hải lý/giờ" needs "lý" in its window).
pub(crate) fn unit_words() -> impl Iterator<Item = String> {
    forms()
        .iter()
        .flat_map(|f| f.parts.iter())
        .map(|p| crate::lex::fold(p).into_owned())
}

/// The folded first word of every form of a unit that may stand after a
/// number ("3 kg", "năm tấn": [`match_unit`] with `after_number`), not
/// the units that stand only after a slash or "mỗi" ("/người",
/// "/ngày"): what may follow a lone "một", "năm" or "không" as its unit
/// (the scanner's `may_follow_lone`).
pub(crate) fn number_unit_first_words() -> impl Iterator<Item = String> {
    forms()
        .iter()
        .filter(|f| f.unit.measures())
        .filter_map(|f| f.parts.first())
        .map(|p| crate::lex::fold(p).into_owned())
}

/// The symbols written before a number (the rows made with
/// [`before_or_after`]) that are one word, each with its unit.
fn before_symbols() -> &'static [(&'static str, Unit)] {
    static SYMBOLS: OnceLock<Vec<(&'static str, Unit)>> = OnceLock::new();
    SYMBOLS.get_or_init(|| {
        TABLE
            .iter()
            .filter(|r| r.before)
            .flat_map(|r| r.symbols.iter().map(|s| (*s, Unit(r.symbol))))
            .filter(|(s, _)| !s.is_empty() && s.chars().all(char::is_alphabetic))
            .collect()
    })
}

/// The lower-cased symbols written before a number ("mach"): start words
/// for the scanner, as the currency codes written before an amount are.
pub(crate) fn prefix_words() -> impl Iterator<Item = String> {
    before_symbols().iter().map(|(s, _)| s.to_lowercase())
}

/// A unit written before its number at the start of `toks`: a symbol of
/// a row that may stand there, as written ("Mach", not "mach"), then
/// digits after a space ("tốc độ Mach 2,05", "(Mach 10.2)").
pub(crate) fn match_unit_before(toks: &[Token<'_>]) -> Option<UnitMatch> {
    let [first, digits, ..] = toks else {
        return None;
    };
    if first.kind != Kind::Word || digits.kind != Kind::Digits || !digits.space_before {
        return None;
    }
    let &(_, unit) = before_symbols().iter().find(|(s, _)| *s == first.text)?;
    Some(UnitMatch { unit, len: 1 })
}

/// A unit written at the start of `toks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitMatch {
    pub unit: Unit,
    /// Tokens the form takes.
    pub len: usize,
}

/// A unit written at the start of `toks`. `after_number` asks for a unit
/// that may stand after a number ("3 kg"), else one that may stand after
/// a slash ("/người", "/năm").
pub(crate) fn match_unit(toks: &[Token<'_>], after_number: bool) -> Option<UnitMatch> {
    match_unit_with(toks, after_number, false, false)
}

/// A unit written right after a slash ("đồng/lượng bán ra"): the slash says
/// it is a unit, so the words after it do not make it part of another word
/// ("lượng bán", sales, elsewhere).
pub(crate) fn match_unit_after_slash(toks: &[Token<'_>]) -> Option<UnitMatch> {
    match_unit_with(toks, false, true, false)
}

/// A unit written after "mỗi" (each): "đồng mỗi lượng", "USD mỗi món",
/// "đồng mỗi lần". "Each" makes a per of every counted thing, as "/" does
/// ("nộp 500.000 đồng một lần", paid at once, is why "một" does not);
/// the words after it still make it part of another word.
pub(crate) fn match_unit_after_each(toks: &[Token<'_>]) -> Option<UnitMatch> {
    match_unit_with(toks, false, false, true)
}

fn match_unit_with(
    toks: &[Token<'_>],
    after_number: bool,
    after_slash: bool,
    after_each: bool,
) -> Option<UnitMatch> {
    let first = toks.first()?;
    if !matches!(first.kind, Kind::Word | Kind::Sym(_)) {
        return None;
    }
    // The forms under the token as written (symbols) and as folded (words),
    // merged in table order (longest first) without allocating.
    let empty: &[usize] = &[];
    let by_text = index().get(first.text).map_or(empty, Vec::as_slice);
    let by_folded = if first.folded.as_ref() == first.text {
        empty
    } else {
        index()
            .get(first.folded.as_ref())
            .map_or(empty, Vec::as_slice)
    };
    let (mut a, mut b) = (by_text.iter().peekable(), by_folded.iter().peekable());
    let merged = std::iter::from_fn(|| match (a.peek(), b.peek()) {
        (Some(&&x), Some(&&y)) if y < x => b.next().copied(),
        (Some(_), _) => a.next().copied(),
        (None, _) => b.next().copied(),
    });
    for form in merged.filter_map(|i| forms().get(i)) {
        if after_number && !form.unit.measures() {
            continue;
        }
        // "322 km mỗi lần sạc", "mỗi lần nạp nhiên liệu": "mỗi lần" before
        // a verb is "every time it …", no per of the measure ("70 USD mỗi
        // lần" ending the clause stays one).
        let every_time = after_each
            && first.folded.as_ref() == "lần"
            && toks
                .get(1)
                .is_some_and(|t| t.kind == Kind::Word && t.space_before && !t.line_before);
        if every_time {
            continue;
        }
        if !after_slash && !after_each && form.unit.slash_only() {
            continue;
        }
        let n = form.parts.len();
        let Some(window) = toks.get(..n) else {
            continue;
        };
        let same = window.iter().zip(&form.parts).all(|(t, p)| {
            if form.exact {
                t.text == p.as_str()
            } else {
                t.folded.as_ref() == p.as_str()
            }
        });
        if !same {
            continue;
        }
        // A symbol is written without spaces ("km/h", "m²"); so are the
        // hyphenated words ("ki-lô-mét").
        let is_sym = |t: &Token<'_>| matches!(t.kind, Kind::Sym(_));
        let glued = window.windows(2).all(|w| match w {
            [a, b] => !(form.exact || is_sym(a) || is_sym(b)) || !b.space_before,
            _ => true,
        });
        if !glued {
            continue;
        }
        // A one-letter symbol other than "m" and "g" is glued to its
        // number ("5l", "220V"; "300 g" and "3 m" are common spaced).
        let one_letter = form.exact && n == 1 && first.text.chars().count() == 1;
        // "sạc nhanh 15 W.", "điện áp 120 V,": watts and volts spaced
        // when the clause ends right after them ("V.League" is glued on).
        let clause_end = toks.get(1).is_none_or(|t| {
            t.line_before
                || (matches!(t.kind, Kind::Sym('.' | ',' | ';' | ')'))
                    && toks.get(2).is_none_or(|u| u.space_before || u.line_before))
        });
        let spaced_ok = matches!(first.text, "m" | "g")
            || (matches!(first.text, "W" | "V") && n == 1 && clause_end);
        if after_number && one_letter && first.space_before && !spaced_ok {
            continue;
        }
        // The inch sign: glued, and not a closing quote before a word.
        let sign = !first.text.chars().all(char::is_alphabetic);
        if form.unit.0 == "inch" && sign && first.space_before {
            continue;
        }
        // The unit ends where a word ends: "3kgx" and "5 mét2" are not units.
        // A capitalized word glued on is the next paragraph, which the
        // lexer parted from the unit ("1.500 tấnĐược", "1,75mCô": a
        // crawler's glue, `lex::glued_after_unit`; money18 probe).
        let next = toks.get(n);
        let crawler_glue = |t: &Token<'_>| {
            t.kind == Kind::Word
                && t.text.starts_with(char::is_uppercase)
                && t.text.chars().nth(1).is_some_and(char::is_lowercase)
        };
        if next.is_some_and(|t| {
            !t.space_before && matches!(t.kind, Kind::Word | Kind::Digits) && !crawler_glue(t)
        }) {
            continue;
        }
        let last = window.last().map_or("", |t| t.folded.as_ref());
        let next_word = next
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.folded.as_ref());
        if !form.exact && n == 1 && !after_slash {
            let blocked = NOT_BEFORE
                .iter()
                .any(|(w, nexts)| *w == last && next_word.is_some_and(|nw| nexts.contains(&nw)));
            let needs = ONLY_BEFORE.iter().find(|(w, _)| *w == last);
            let unmet = needs.is_some_and(|(_, ok)| next_word.is_some_and(|nw| !ok.contains(&nw)));
            // "năm 2012 chỉ 24,4%", "nợ nhóm 3 chỉ 4 trường hợp": "chỉ"
            // before a number is "only", never the unit of gold.
            let only_before_number = last == "chỉ" && next.is_some_and(|t| t.kind == Kind::Digits);
            if blocked || unmet || only_before_number {
                continue;
            }
        }
        return Some(UnitMatch {
            unit: form.unit,
            len: n,
        });
    }
    None
}

/// `value` × the unit's SI factor ÷ the `per` unit's SI factor, when both
/// factors are exact and the division is exact (the divisor a power of
/// ten times a divisor of a power of ten).
pub(crate) fn to_si(value: Decimal, unit: Unit, per: Option<Unit>) -> Option<(Decimal, String)> {
    let f = unit.si_factor()?;
    let mut v = value.checked_mul(f).ok()?;
    let mut name = unit.si_unit()?.to_string();
    if let Some(p) = per {
        let pf = p.si_factor()?;
        v = exact_div(v, pf)?;
        name = format!("{name}/{}", p.si_unit()?);
    }
    Some((v, name))
}

/// How `Display` writes a unit so that it parses back: its first symbol,
/// else its first word ("ngày" for `day`, "mẫu Anh" for `acre`).
pub(crate) fn written(unit: Unit) -> &'static str {
    unit.row()
        .and_then(|r| r.symbols.first().or(r.words.first()).copied())
        .unwrap_or(unit.0)
}

/// `a / b` when it is a finite decimal that fits: `b` must be of the form
/// 2^i × 5^j × 10^k.
pub(crate) fn exact_div(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() || b.is_negative() {
        return None;
    }
    let (mut m, s) = (b.mantissa(), b.scale());
    // a / (m × 10^-s) = a × 10^s / m.
    let mut twos = 0u32;
    let mut fives = 0u32;
    while m % 2 == 0 {
        m /= 2;
        twos += 1;
    }
    while m % 5 == 0 {
        m /= 5;
        fives += 1;
    }
    if m != 1 {
        return None;
    }
    // 1 / (2^t × 5^f) = 2^(k-t) × 5^(k-f) / 10^k with k = max(t, f).
    let k = twos.max(fives);
    let mult = 2i128
        .checked_pow(k - twos)?
        .checked_mul(5i128.checked_pow(k - fives)?)?;
    let shift = i32::try_from(s).ok()? - i32::try_from(k).ok()?;
    a.checked_mul(Decimal::from(mult))
        .ok()?
        .checked_mul_pow10(shift)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_written_before_its_number_is_a_property_of_its_row() {
        let read = |text: &str| {
            let toks = tokens(text);
            match_unit_before(&toks).map(|m| (m.unit.symbol(), m.len))
        };
        assert_eq!(read("Mach 2,05"), Some(("Mach", 1)));
        assert_eq!(read("Mach 10.2)"), Some(("Mach", 1)));
        // As written, then spaced digits.
        for text in ["mach 3", "MACH 3", "Mach2", "Mach hai", "km 5", "USD 5"] {
            assert_eq!(read(text), None, "{text:?}");
        }
        assert_eq!(prefix_words().collect::<Vec<_>>(), ["mach"]);
    }

    fn find(s: &str) -> Option<(&'static str, usize)> {
        match_unit(&tokens(s), true).map(|m| (m.unit.symbol(), m.len))
    }

    #[test]
    fn every_factor_parses_and_every_form_is_found() {
        for r in TABLE {
            if let Some((f, _)) = r.si {
                assert!(f.parse::<Decimal>().is_ok(), "{}", r.symbol);
            }
            let glued = r.symbols.iter().map(|s| format!("1{s}"));
            let spaced = r.words.iter().map(|w| format!("1 {w}"));
            for s in glued.chain(spaced) {
                let toks = tokens(&s);
                let rest = toks.get(1..).unwrap_or_default();
                let m = if r.place == SlashOnly {
                    match_unit_after_slash(rest)
                } else {
                    match_unit(rest, r.place == Measure)
                };
                assert_eq!(
                    m.map(|m| m.unit.symbol()),
                    Some(r.symbol),
                    "{s:?} should be {}",
                    r.symbol
                );
            }
        }
    }

    #[test]
    fn longest_and_case() {
        assert_eq!(find("km/h"), Some(("km/h", 3)));
        // "100km/g": "g" for "giờ" (hour), as "23g" is an hour; no
        // kilometre per gram.
        assert_eq!(find("km/g"), Some(("km/h", 3)));
        assert_eq!(find("km"), Some(("km", 1)));
        assert_eq!(find("m²"), Some(("m²", 2)));
        assert_eq!(find("M"), None);
        assert_eq!(find("Mb"), Some(("Mb", 1)));
        assert_eq!(find("MB"), Some(("MB", 1)));
        assert_eq!(find("độ C"), Some(("°C", 2)));
        assert_eq!(find("độ tuổi"), None);
        assert_eq!(find("mẫu xe"), None);
        assert_eq!(find("mẫu ruộng"), Some(("mẫu", 1)));
        assert_eq!(find("ngày"), None);
        assert_eq!(find("hải lý/giờ"), Some(("kn", 4)));
        // A frame rate (gen51 probe): the symbol, or frames per second.
        assert_eq!(find("fps"), Some(("fps", 1)));
        assert_eq!(find("khung hình/giây"), Some(("fps", 4)));
        assert_eq!(find("hình/s"), Some(("fps", 3)));
        assert_eq!(find("hình ảnh"), None);
    }

    #[test]
    fn exact_division() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(exact_div(d("800"), d("10000")), Some(d("0.08")));
        assert_eq!(exact_div(d("1"), d("3600")), None);
        assert_eq!(exact_div(d("3"), d("0.25")), Some(d("12")));
        assert_eq!(exact_div(d("1"), d("8")), Some(d("0.125")));
    }
}
