//! An SVG bar chart of the medians: one group per program, one bar per
//! runtime, time on a log scale (the runtimes differ by orders of
//! magnitude, so a linear axis would flatten all but the slowest).

use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::report::{Cell, Report};
use crate::runtimes::ALL;

/// One colour per runtime, in the order of `runtimes::ALL`: rumba's two in
/// reds, the Pythons in blues and purple, the Luas in greens, C in grey.
const COLORS: [RGBColor; 8] = [
    RGBColor(214, 39, 40),
    RGBColor(255, 152, 150),
    RGBColor(31, 119, 180),
    RGBColor(158, 202, 225),
    RGBColor(148, 103, 189),
    RGBColor(44, 160, 44),
    RGBColor(161, 217, 155),
    RGBColor(99, 99, 99),
];

const LEGEND_WIDTH: u32 = 170;

/// A runtime's colour, the same whichever runtimes were run (`r` is its
/// column, for a name the harness no longer knows).
fn color(runtime: &str, r: usize) -> RGBColor {
    let i = ALL.iter().position(|n| *n == runtime).unwrap_or(r);
    COLORS[i % COLORS.len()]
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

pub fn draw(report: &Report, path: &Path) -> Result<(), String> {
    let times: Vec<f64> = report
        .cells
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Cell::Timed { median_s, .. } if *median_s > 0.0 => Some(*median_s),
            _ => None,
        })
        .collect();
    if times.is_empty() {
        return Err("nothing was timed".into());
    }
    // Whole decades, so the axis labels are round numbers.
    let lo = 10f64.powf(times.iter().cloned().fold(f64::INFINITY, f64::min).log10().floor());
    let hi = 10f64.powf(times.iter().cloned().fold(0.0, f64::max).log10().ceil());
    let groups = report.programs.len();
    let bars = report.runtimes.len().max(1);

    // Room for each group's bars and for its name written across.
    let width = 110 + 110 * groups as u32 + LEGEND_WIDTH;
    let root = SVGBackend::new(path, (width, 600)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let (plot_area, legend_area) = root.split_horizontally(width - LEGEND_WIDTH);
    let mut chart = ChartBuilder::on(&plot_area)
        .caption(
            format!("Median wall time ({} sizes), log scale; lower is faster", report.mode),
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(35)
        .y_label_area_size(70)
        .build_cartesian_2d(0f64..groups as f64, (lo..hi).log_scale())
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc("seconds")
        .label_style(("sans-serif", 14))
        .axis_desc_style(("sans-serif", 15))
        .y_label_formatter(&|y| format!("{y}"))
        .draw()
        .map_err(err)?;

    // Program names centred under their groups (the mesh's own labels sit
    // at tick positions, not at group centres).
    let label_style = ("sans-serif", 14)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (p, program) in report.programs.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(p as f64 + 0.5, lo));
        plot_area
            .draw(&Text::new(program.name.clone(), (x, y + 8), label_style.clone()))
            .map_err(err)?;
    }

    let slot = 0.8 / bars as f64;
    for (r, runtime) in report.runtimes.iter().enumerate() {
        let color = color(runtime, r);
        let rects = report.cells.iter().enumerate().filter_map(|(p, row)| match row[r] {
            Cell::Timed { median_s, .. } if median_s > 0.0 => {
                let x0 = p as f64 + 0.1 + r as f64 * slot;
                Some(Rectangle::new([(x0, lo), (x0 + slot * 0.85, median_s)], color.filled()))
            }
            _ => None,
        });
        chart.draw_series(rects).map_err(err)?;
    }

    // The legend beside the plot, where it can never hide a bar.
    let legend_font = ("sans-serif", 14).into_font().color(&BLACK);
    for (r, runtime) in report.runtimes.iter().enumerate() {
        let y = 60 + 24 * r as i32;
        let color = color(runtime, r);
        legend_area
            .draw(&Rectangle::new([(5, y), (19, y + 14)], color.filled()))
            .map_err(err)?;
        legend_area
            .draw(&Text::new(runtime.clone(), (26, y), legend_font.clone()))
            .map_err(err)?;
    }
    root.present().map_err(err)
}
