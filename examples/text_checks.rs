//! `make bench`: the checks on carer text against crafted text (issue 14), measured.
//!
//! For each shape in `domain::steps::crafted` at 34,000, 110,000 and 200,000 characters
//! (the sizes that froze the old search for seconds to minutes), it runs what the plan
//! form runs when the text is in "who holds keys" (the code search, the strictest field),
//! and prints the steps counted and the time taken, then the worst case. A measurement,
//! not a test: tests/plan.rs proves the bound on steps; this shows what it means in time.
//!
//!   cargo run --release --example text_checks

use std::time::Instant;

use carer_check::domain::plan::{plan_problems_counted, EmergencyPlan};
use carer_check::domain::steps::{crafted, Steps};

fn main() {
    let mut worst: Option<(f64, String)> = None;
    println!(
        "{:<28} {:>9} {:>12} {:>10} {:>9}",
        "shape", "chars", "steps", "per char", "ms"
    );
    for len in [34_000, 110_000, 200_000] {
        for (shape, text) in crafted(len) {
            let plan = EmergencyPlan {
                key_holders: text.clone(),
                ..EmergencyPlan::new(1)
            };
            let mut steps = Steps::default();
            let started = Instant::now();
            let problems = plan_problems_counted(&plan, &mut steps);
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(problems);
            println!(
                "{shape:<28} {:>9} {:>12} {:>10.1} {ms:>9.2}",
                text.len(),
                steps.0,
                steps.0 as f64 / text.len().max(1) as f64
            );
            if worst.as_ref().is_none_or(|(most, _)| ms > *most) {
                worst = Some((
                    ms,
                    format!("{shape}, {} characters, {} steps", text.len(), steps.0),
                ));
            }
        }
    }
    if let Some((ms, what)) = worst {
        println!("worst case: {ms:.2} ms ({what}); the old search took 16 s at 34,000 characters");
    }
}
