//! The `statistics` module: averages (`mean`, `fmean`, the medians),
//! `mode`/`multimode`, spread (`variance`, `pvariance`, `stdev`, `pstdev`)
//! and `quantiles`, with CPython's results to the last digit: the means
//! and variances are computed on exact fractions (`statistics/exact.rs`)
//! and rounded once, as CPython's `_sum` and `_ss` do. Errors are
//! `statistics.StatisticsError`, a ValueError.

mod exact;

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::ops::arith::BinOp;
use crate::value::Value;
use crate::vm::Vm;

use exact::{ratio, square, ExactSum, Frac, NumType};

const ERROR: &str = "StatisticsError";

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("mean", mean),
        ("fmean", fmean),
        ("median", median),
        ("median_low", median_low),
        ("median_high", median_high),
        ("mode", mode),
        ("multimode", multimode),
        ("variance", variance),
        ("pvariance", pvariance),
        ("stdev", stdev),
        ("pstdev", pstdev),
        ("quantiles", quantiles),
    ];
    let mut attrs: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect();
    let error = super::native_class::make_exception_class(vm, "statistics.StatisticsError", ExcKind::ValueError);
    attrs.push((ERROR, error));
    attrs
}

/// `raise StatisticsError(msg)`.
fn statistics_error(vm: &mut Vm, msg: &str) -> PyError {
    let class = super::import(vm, "statistics").and_then(|m| vm.get_attr(m, ERROR));
    match class {
        Ok(class) => super::native_class::module_error(vm, class, msg.to_string(), &[]),
        Err(e) => e,
    }
}

/// The data argument, gathered into a list (rooted by the caller's
/// `with_roots`).
fn data_of(name: &str, args: &[Value], kwargs: &[KwArg], extra: &str) -> Result<(Value, Option<Value>), PyError> {
    let names = ["data", extra];
    let [data, second] = args::bind_required(name, args, kwargs, names, 1)?;
    if args.len() > 2 || (extra.is_empty() && args.len() > 1) {
        let most = if extra.is_empty() { 1 } else { 2 };
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "{name}() takes from 1 to {most} positional arguments but {} were given",
                args.len()
            ),
        ));
    }
    Ok((data.expect("required"), second.filter(|v| !v.is_none())))
}

fn items(vm: &mut Vm, data: Value) -> Result<Vec<Value>, PyError> {
    vm.collect_iterable(data)
}

/// CPython's `_sum`: the exact sum of the values, their widest type and
/// their count.
fn exact_sum(vm: &Vm, values: &[Value]) -> Result<(NumType, Result<Frac, f64>, usize), PyError> {
    let mut sum = ExactSum::new();
    let mut widest = NumType::Int;
    for &v in values {
        let (r, t) = ratio(vm, v)?;
        widest = widest.max(t);
        sum.add(vm, &r)?;
    }
    Ok((widest, sum.total(), values.len()))
}

/// `_convert`: a fraction as the data's type (an int only when whole).
fn converted(vm: &Vm, value: &Frac, t: NumType) -> NativeResult {
    if t == NumType::Int && value.is_integer() {
        return Ok(vm.int_value(value.num.clone()));
    }
    Ok(Value::Float(value.to_f64()?))
}

fn mean(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let data = args::exactly_one("mean", args, kwargs)?;
    let values = items(vm, data)?;
    let (t, total, n) = exact_sum(vm, &values)?;
    if n < 1 {
        return Err(statistics_error(vm, "mean requires at least one data point"));
    }
    match total {
        Ok(total) => converted(vm, &total.div_int(vm, n as i64)?, t),
        Err(f) => Ok(Value::Float(f / n as f64)),
    }
}

/// `fmean(data, weights=None)`: `fsum(data) / len(data)`, or the weighted
/// `fsum(x * w) / fsum(w)`.
fn fmean(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (data, weights) = data_of("fmean", args, kwargs, "weights")?;
    let values = items(vm, data)?;
    let Some(weights) = weights else {
        let floats = floats(vm, &values)?;
        let total = super::math::exact_sum(&floats)?;
        if values.is_empty() {
            return Err(statistics_error(vm, "fmean requires at least one data point"));
        }
        return Ok(Value::Float(total / values.len() as f64));
    };
    args::with_roots(vm, &values, |vm| {
        let weights = items(vm, weights)?;
        args::with_roots(vm, &weights, |vm| {
            let mut products = Vec::with_capacity(values.len().min(weights.len()));
            for (&x, &w) in values.iter().zip(&weights) {
                let p = vm.binary_op(BinOp::Mul, x, w)?;
                vm.temp_roots.push(p);
                products.push(p);
            }
            let num = super::math::exact_sum(&floats(vm, &products)?)?;
            if values.len() != weights.len() {
                return Err(statistics_error(vm, "data and weights must be the same length"));
            }
            let den = super::math::exact_sum(&floats(vm, &weights)?)?;
            if den == 0.0 {
                return Err(statistics_error(vm, "sum of weights must be non-zero"));
            }
            Ok(Value::Float(num / den))
        })
    })
}

fn floats(vm: &Vm, values: &[Value]) -> Result<Vec<f64>, PyError> {
    vm.charge(values.len() as u64)?;
    values.iter().map(|&v| args::real_arg(vm, v)).collect()
}

/// The data sorted, as `sorted(data)` gives it.
fn sorted(vm: &mut Vm, data: Value) -> Result<Value, PyError> {
    let values = items(vm, data)?;
    let list = vm.new_list(values);
    args::with_roots(vm, &[list], |vm| {
        crate::methods::sort::sort_list(vm, list, None, false)?;
        Ok(list)
    })
}

fn sorted_items(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<(Value, Vec<Value>), PyError> {
    let data = args::exactly_one(name, args, kwargs)?;
    let list = sorted(vm, data)?;
    let values = vm
        .heap
        .list(list.as_obj().expect("a list"))
        .map(|l| l.to_vec())
        .unwrap_or_default();
    if values.is_empty() {
        return Err(statistics_error(vm, "no median for empty data"));
    }
    Ok((list, values))
}

fn median(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (list, values) = sorted_items(vm, "median", args, kwargs)?;
    let n = values.len();
    if n % 2 == 1 {
        return Ok(values[n / 2]);
    }
    args::with_roots(vm, &[list], |vm| {
        let sum = vm.binary_op(BinOp::Add, values[n / 2 - 1], values[n / 2])?;
        vm.binary_op(BinOp::TrueDiv, sum, Value::Int(2))
    })
}

fn median_low(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (_, values) = sorted_items(vm, "median_low", args, kwargs)?;
    let n = values.len();
    Ok(values[if n % 2 == 1 { n / 2 } else { n / 2 - 1 }])
}

fn median_high(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (_, values) = sorted_items(vm, "median_high", args, kwargs)?;
    Ok(values[values.len() / 2])
}

/// The distinct values in first-seen order with their counts (what
/// `Counter(data)` holds).
fn counts(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<Vec<(Value, i64)>, PyError> {
    let data = args::exactly_one(name, args, kwargs)?;
    let values = items(vm, data)?;
    let dict = vm.new_dict();
    let d = dict.as_obj().expect("a dict");
    // Hashing and comparing may run the script's `__hash__`/`__eq__`.
    let mut roots = values.clone();
    roots.push(dict);
    args::with_roots(vm, &roots, |vm| {
        for &v in &values {
            vm.charge(crate::limits::ITEM_TICKS)?;
            let seen = vm.dict_get(d, v)?.and_then(Value::as_index).unwrap_or(0);
            vm.dict_set(d, v, Value::Int(seen + 1))?;
        }
        Ok(())
    })?;
    let table = vm
        .heap
        .dict(d)
        .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>());
    Ok(table
        .unwrap_or_default()
        .into_iter()
        .map(|(k, c)| (k, c.as_index().unwrap_or(0)))
        .collect())
}

fn mode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let counts = counts(vm, "mode", args, kwargs)?;
    let most = counts.iter().map(|&(_, c)| c).max();
    match counts.iter().find(|&&(_, c)| Some(c) == most) {
        Some(&(v, _)) => Ok(v),
        None => Err(statistics_error(vm, "no mode for empty data")),
    }
}

fn multimode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let counts = counts(vm, "multimode", args, kwargs)?;
    let most = counts.iter().map(|&(_, c)| c).max();
    let modes = counts
        .iter()
        .filter(|&&(_, c)| Some(c) == most)
        .map(|&(v, _)| v)
        .collect();
    Ok(vm.new_list(modes))
}

/// CPython's `_ss`: the data's widest type, the exact sum of squared
/// deviations from the mean (or from `center` when given) and the count.
/// A non-finite datum makes the sum that float.
fn squared_deviations(
    vm: &mut Vm,
    data: Value,
    center: Option<Value>,
) -> Result<(NumType, Result<Frac, f64>, usize), PyError> {
    let values = items(vm, data)?;
    if let Some(c) = center {
        // `_sum((d := x - c) * d for x in data)`, in the data's own
        // arithmetic.
        return args::with_roots(vm, &values, |vm| {
            let mut squares = Vec::with_capacity(values.len());
            for &x in &values {
                let d = vm.binary_op(BinOp::Sub, x, c)?;
                vm.temp_roots.push(d);
                let sq = vm.binary_op(BinOp::Mul, d, d)?;
                vm.temp_roots.push(sq);
                squares.push(sq);
            }
            exact_sum(vm, &squares)
        });
    }
    let (mut sx, mut sxx) = (ExactSum::new(), ExactSum::new());
    let mut widest = NumType::Int;
    for &v in &values {
        let (r, t) = ratio(vm, v)?;
        widest = widest.max(t);
        sxx.add(vm, &square(&r))?;
        sx.add(vm, &r)?;
    }
    let count = values.len();
    if count == 0 {
        return Ok((widest, Ok(Frac::int(0)), 0));
    }
    let (sx, sxx) = match (sx.total(), sxx.total()) {
        (Ok(sx), Ok(sxx)) => (sx, sxx),
        (Err(f), _) | (_, Err(f)) => return Ok((widest, Err(f), count)),
    };
    let n = Frac::int(count as i64);
    let ssd = n.mul(vm, &sxx)?.sub(vm, &sx.mul(vm, &sx)?)?.div_int(vm, count as i64)?;
    Ok((widest, Ok(ssd), count))
}

/// The mean square deviation (`ss / (n - ddof)`) behind the four
/// spread functions, after their count check.
fn mean_square(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
    sample: bool,
) -> Result<(NumType, Result<Frac, f64>), PyError> {
    let extra = if sample { "xbar" } else { "mu" };
    let (data, center) = data_of(name, args, kwargs, extra)?;
    let (t, ss, n) = squared_deviations(vm, data, center)?;
    let (least, words) = if sample { (2, "two") } else { (1, "one") };
    if n < least {
        return Err(statistics_error(
            vm,
            &format!(
                "{name} requires at least {words} data point{}",
                if sample { "s" } else { "" }
            ),
        ));
    }
    let divisor = if sample { n - 1 } else { n };
    Ok(match ss {
        Ok(ss) => (t, Ok(ss.div_int(vm, divisor as i64)?)),
        Err(f) => (t, Err(f / divisor as f64)),
    })
}

fn variance_of(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[KwArg], sample: bool) -> NativeResult {
    match mean_square(vm, name, args, kwargs, sample)? {
        (t, Ok(mss)) => converted(vm, &mss, t),
        (_, Err(f)) => Ok(Value::Float(f)),
    }
}

fn stdev_of(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[KwArg], sample: bool) -> NativeResult {
    match mean_square(vm, name, args, kwargs, sample)? {
        (_, Ok(mss)) => Ok(Value::Float(mss.sqrt_f64(vm)?)),
        // CPython takes `mss.numerator` of what is then a float.
        (_, Err(_)) => Err(args::error(
            ExcKind::AttributeError,
            "'float' object has no attribute 'numerator'",
        )),
    }
}

fn variance(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    variance_of(vm, "variance", args, kwargs, true)
}

fn pvariance(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    variance_of(vm, "pvariance", args, kwargs, false)
}

fn stdev(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    stdev_of(vm, "stdev", args, kwargs, true)
}

fn pstdev(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    stdev_of(vm, "pstdev", args, kwargs, false)
}

/// `quantiles(data, *, n=4, method='exclusive')`: the n - 1 cut points,
/// interpolated between data points in the data's own arithmetic.
fn quantiles(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.len() != 1 {
        return Err(args::error(
            ExcKind::TypeError,
            format!("quantiles() takes 1 positional argument but {} were given", args.len()),
        ));
    }
    let [n, method] = args::bind("quantiles", &[], kwargs, ["n", "method"])?;
    let n = match n {
        Some(n) => args::index_arg(vm, n)?,
        None => 4,
    };
    if n < 1 {
        return Err(statistics_error(vm, "n must be at least 1"));
    }
    let list = sorted(vm, args[0])?;
    let data = vm
        .heap
        .list(list.as_obj().expect("a list"))
        .map(|l| l.to_vec())
        .unwrap_or_default();
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(statistics_error(vm, "must have at least two data points"));
    }
    let inclusive = match method.map(|m| vm.as_str(m).map(str::to_string)) {
        None => false,
        Some(Some(m)) if m == "exclusive" => false,
        Some(Some(m)) if m == "inclusive" => true,
        Some(_) => {
            let shown = vm.repr_of(method.expect("given"))?;
            return Err(args::error(ExcKind::ValueError, format!("Unknown method: {shown}")));
        }
    };
    args::with_roots(vm, &[list], |vm| {
        let mut cuts = Vec::new();
        for i in 1..n {
            vm.charge(crate::limits::ITEM_TICKS)?;
            // `j` and `delta` place cut i between data[lo] and data[lo + 1].
            let (lo, delta) = if inclusive {
                let m = ld - 1;
                ((i * m).div_euclid(n), (i * m).rem_euclid(n))
            } else {
                let m = ld + 1;
                let j = ((i * m).div_euclid(n)).clamp(1, ld - 1);
                (j - 1, i * m - j * n)
            };
            let (a, b) = (data[lo as usize], data[lo as usize + 1]);
            let left = vm.binary_op(BinOp::Mul, a, Value::Int(n - delta))?;
            vm.temp_roots.push(left);
            let right = vm.binary_op(BinOp::Mul, b, Value::Int(delta))?;
            vm.temp_roots.push(right);
            let sum = vm.binary_op(BinOp::Add, left, right)?;
            vm.temp_roots.push(sum);
            let cut = vm.binary_op(BinOp::TrueDiv, sum, Value::Int(n))?;
            vm.temp_roots.push(cut);
            cuts.push(cut);
        }
        Ok(vm.new_list(cuts))
    })
}
