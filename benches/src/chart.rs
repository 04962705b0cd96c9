//! An SVG bar chart of the medians: one group per program, one bar per
//! runtime, time on a log scale (runtimes differ by orders of magnitude).

use std::path::Path;

use plotters::prelude::*;

use crate::report::{Cell, Report};

const COLORS: [RGBColor; 9] = [
    RGBColor(214, 39, 40),
    RGBColor(255, 152, 150),
    RGBColor(31, 119, 180),
    RGBColor(174, 199, 232),
    RGBColor(148, 103, 189),
    RGBColor(44, 160, 44),
    RGBColor(152, 223, 138),
    RGBColor(127, 127, 127),
    RGBColor(255, 127, 14),
];

pub fn draw(report: &Report, path: &Path) -> Result<(), String> {
    let times: Vec<f64> = report
        .cells
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Cell::Timed { median_s, .. } => Some(*median_s),
            _ => None,
        })
        .collect();
    if times.is_empty() {
        return Err("nothing was timed".into());
    }
    let lo = times.iter().cloned().fold(f64::INFINITY, f64::min) / 2.0;
    // Headroom above the tallest bar keeps the legend clear of the bars.
    let hi = times.iter().cloned().fold(0.0, f64::max) * 30.0;
    let groups = report.programs.len();
    let bars = report.runtimes.len().max(1);
    let root = SVGBackend::new(path, (1100, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!("Rumba benchmarks ({} size): median wall time, log scale", report.size),
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(0f64..groups as f64, (lo..hi).log_scale())
        .map_err(|e| e.to_string())?;
    let names = report.programs.clone();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(groups * 2 + 1)
        .x_label_formatter(&|x| {
            let i = x.floor() as usize;
            if (x - i as f64 - 0.5).abs() < 0.26 {
                names.get(i).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_desc("seconds")
        .draw()
        .map_err(|e| e.to_string())?;
    let width = 0.8 / bars as f64;
    for (r, runtime) in report.runtimes.iter().enumerate() {
        let color = COLORS[r % COLORS.len()];
        let rects = report.cells.iter().enumerate().filter_map(|(p, row)| match row[r] {
            Cell::Timed { median_s, .. } => {
                let x0 = p as f64 + 0.1 + r as f64 * width;
                Some(Rectangle::new([(x0, lo), (x0 + width * 0.9, median_s)], color.filled()))
            }
            _ => None,
        });
        chart
            .draw_series(rects)
            .map_err(|e| e.to_string())?
            .label(runtime.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
