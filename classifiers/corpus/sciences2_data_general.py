"""General (hard-negative) data blocks for gen_sciences2.py (hand-written; see that script's
docstring).

SCIENCE_ROWS covers physics, astronomy, earth science, meteorology, maths, statistics, probability
and engineering; LIFE_ROWS covers nutrition, fitness, clinical medicine, nursing, pharmacy
counselling, cooking, cleaning, gardening, pet care, psychology, economics and everyday uses of
science words. Rows are ``code|fields`` under ``## subject`` headers; LONG holds ``~~~``-separated
records whose first line is the subject. Physics rows avoid spectroscopy and nuclear or quantum
chemistry, which the classifier treats as chemistry.
"""

SCIENCE_ROWS = r"""
## physics
m|A car accelerates uniformly from rest to 24 m/s in 8.0 s. What is its acceleration?|3.0 m/s²|0.33 m/s²|192 m/s²|16 m/s²
m|A ball is thrown horizontally off a cliff. Ignoring air resistance, its horizontal velocity|stays constant|increases steadily|decreases to zero|reverses direction
m|Newton's third law states that|when one body exerts a force on another, the second exerts an equal and opposite force on the first|force equals mass times acceleration|a body stays at rest unless acted on by a force|momentum is never conserved
m|A 2.0 kg object moving at 3.0 m/s has kinetic energy of|9.0 J|6.0 J|18 J|3.0 J
m|Which quantity is conserved in a perfectly inelastic collision with no external forces?|Total momentum|Total kinetic energy|The velocity of each object|The speed of each object
m|The SI unit of impulse is|N s|N/m|J/s|kg/m
m|A satellite in a circular orbit at constant speed is accelerating because|its direction of motion keeps changing|its speed keeps increasing|no force acts on it|gravity is zero in orbit
m|Torque about a pivot equals|force × perpendicular distance from the pivot|mass × velocity|force ÷ area|work ÷ time
m|A skydiver reaches terminal velocity when|air resistance balances her weight|her weight becomes zero|air resistance becomes zero|she opens her parachute
m|For small swings, the period of a simple pendulum depends on|its length and the gravitational field strength|the mass of the bob|the colour of the bob|the material of the string only
m|An astronaut's mass on the Moon, compared with on Earth, is|the same|one sixth as much|six times greater|zero
m|The moment of inertia of a thin ring of mass M and radius R about its central axis is|MR²|½MR²|⅖MR²|2MR²
m|Three 6 Ω resistors connected in parallel have a combined resistance of|2 Ω|18 Ω|6 Ω|3 Ω
m|In a series circuit, the current|is the same through every component|splits between the components|is largest in the biggest resistor|is zero in the last component
m|A 60 W lamp left on for 5 hours uses|0.3 kWh|300 kWh|12 kWh|3 kWh
m|A 100 µF capacitor charged to 12 V stores an energy of|7.2 mJ|1.2 mJ|0.6 J|14.4 mJ
m|The direction of the force on a current-carrying wire in a magnetic field is given by|Fleming's left-hand rule|Ohm's law|Snell's law|Hooke's law
m|A transformer has 100 turns on its primary coil and 2,000 on its secondary. A 12 V AC input gives an output of|240 V|0.6 V|24 V|1,200 V
m|An RC circuit has R = 10 kΩ and C = 47 µF. Its time constant is|0.47 s|4.7 s|47 ms|470 s
m|Faraday's law says the induced emf in a coil is proportional to|the rate of change of magnetic flux linkage|the magnetic flux itself|the resistance of the coil|the square of the current
m|Kirchhoff's current law is a consequence of|conservation of charge|conservation of energy|Newton's second law|Coulomb's law
m|Light travels from air into glass with refractive index 1.5. Its speed in the glass is|2.0 × 10^8 m/s|4.5 × 10^8 m/s|3.0 × 10^8 m/s|1.5 × 10^8 m/s
m|Total internal reflection can occur when light travels from|glass into air at more than the critical angle|air into glass|air into water|any medium into a denser one
m|An object 30 cm from a converging lens of focal length 10 cm forms an image|15 cm from the lens on the other side|30 cm from the lens|7.5 cm from the lens|20 cm from the lens
m|A short-sighted person's vision is corrected with a|diverging (concave) lens|converging lens|plane mirror|prism
m|When water waves pass from deep to shallow water, which quantities change?|Speed and wavelength|Frequency only|Frequency and period|Nothing changes
m|In Young's double-slit experiment, moving the slits further apart makes the fringes|closer together|further apart|brighter only|disappear
m|The Doppler effect explains why|an ambulance siren sounds higher as it approaches|sound travels faster in solids|light bends at a boundary|echoes happen in caves
m|Polarisation shows that light is a|transverse wave|longitudinal wave|pressure wave|stream of sound
m|For a string fixed at both ends, the fundamental standing wave has a wavelength equal to|twice the string length|the string length|half the string length|four times the string length
m|A heat engine works between reservoirs at 600 K and 300 K. Its maximum possible efficiency is|50%|100%|33%|67%
m|In a four-stroke petrol engine, the spark ignites the mixture at the end of the|compression stroke|exhaust stroke|intake stroke|power stroke
m|Heat can cross a vacuum only by|radiation|conduction|convection|evaporation
m|According to special relativity, a clock moving relative to an observer|runs slow as measured by that observer|runs fast|stops|runs at the same rate
m|The speed of light in a vacuum is|the same for all inertial observers|greater for observers moving towards the source|zero in deep space|different for each colour
m|The coefficient of performance of a heat pump is|heat delivered divided by work input|work input divided by heat delivered|always less than 1|the temperature difference in kelvin
tf|An object moving at constant velocity has zero net force acting on it.|T
tf|In a vacuum, heavier objects fall faster than lighter ones.|F
tf|A force perpendicular to an object's motion does no work on it.|T
tf|In a parallel circuit, each branch has the same potential difference across it.|T
tf|The resistance of a metal wire falls as its temperature rises.|F
tf|Diffraction is most noticeable when the gap is similar in size to the wavelength.|T
tf|Red light has a shorter wavelength than blue light.|F
tf|A diesel engine ignites its fuel by compression heating rather than with a spark plug.|T
tf|A heat engine can convert all of the heat it absorbs into work if it is well designed.|F
n|A 1,200 kg car travelling at 20 m/s brakes to a stop in 40 m. Calculate the average braking force.|6,000 N
n|A 60 kg climber ascends 500 m in 2 hours. Calculate her gain in gravitational potential energy and average power. (g = 9.8 m/s²)|294 kJ; about 41 W
n|A 0.15 kg ball hits a wall at 20 m/s and rebounds at 15 m/s. Calculate the change in momentum.|5.25 kg m/s
n|A spring with k = 200 N/m is compressed by 0.10 m. How much elastic potential energy does it store?|1.0 J
n|A wheel accelerates uniformly from rest to 30 rad/s in 5.0 s. Find its angular acceleration and the number of revolutions it makes.|6.0 rad/s²; about 11.9 revolutions
n|A block slides 4.0 m down a frictionless 30° incline from rest. Find its speed at the bottom. (g = 9.8 m/s²)|6.3 m/s
n|A 2.0 m copper wire has a cross-sectional area of 1.0 mm² and resistivity 1.7 × 10^-8 Ω m. Calculate its resistance.|0.034 Ω
n|A 2.3 kW kettle runs on a 230 V supply. What current does it draw, and which fuse (3 A, 5 A or 13 A) should be fitted?|10 A; 13 A
n|Point charges of +3.0 µC and -2.0 µC are 0.10 m apart. Calculate the force between them. (k = 8.99 × 10^9 N m² C-2)|5.4 N, attractive
n|A 12 V battery with internal resistance 0.50 Ω drives a 5.5 Ω load. Find the current and the terminal voltage.|2.0 A; 11 V
n|An electron moves at 2.0 × 10^6 m/s perpendicular to a 0.050 T magnetic field. Calculate the magnetic force on it. (e = 1.6 × 10^-19 C)|1.6 × 10^-14 N
n|A sound wave has a frequency of 440 Hz and a wavelength of 0.78 m. Calculate its speed.|343 m/s
n|Light strikes a glass block at 40° to the normal. If n = 1.52, calculate the angle of refraction.|about 25°
n|A diffraction grating has 600 lines per mm. Find the angle of the first-order maximum for 550 nm light.|about 19.3°
n|Calculate the critical angle for light going from diamond (n = 2.42) into air.|about 24.4°
n|A guitar string 0.65 m long has a fundamental frequency of 196 Hz. What is the wave speed on the string?|255 m/s
n|How much energy is needed to heat 2.0 kg of water from 20 °C to 100 °C? (c = 4,200 J kg-1 K-1)|672 kJ
n|A muon with a proper lifetime of 2.2 µs travels at 0.995c. Calculate its lifetime measured in the lab.|about 22 µs
n|An engine takes in 2,000 J of heat and does 600 J of work per cycle. Find its efficiency and the heat it rejects.|30%; 1,400 J
n|A spaceship 100 m long at rest flies past Earth at 0.8c. How long is it as measured from Earth?|60 m
o|Explain why a passenger seems to be thrown outwards when a car takes a sharp bend.
o|Explain why a figure skater spins faster when she pulls her arms in.
o|Explain why electricity is transmitted through the grid at very high voltages.
o|Describe how to measure the internal resistance of a cell in the lab.
o|Explain how optical fibres use total internal reflection to carry signals.
o|Explain the difference between transverse and longitudinal waves, with an example of each.
o|Explain why a diesel engine is usually more efficient than a petrol engine.
o|Describe the twin paradox and explain why it is not a real contradiction.
c|can someone explain why the normal force isnt always mg, incline problems confuse me
c|projectile motion hw: how do i find max height if i only have the launch angle and speed
c|my circuits homework: why does adding more bulbs in parallel drain the battery faster
c|kirchhoff voltage law loops, how do i pick the signs
c|lens formula sign convention is killing me, is real positive?
c|why is the sky blue but sunsets are red, is that scattering
c|carnot efficiency why do we have to use kelvin not celsius
c|time dilation explained like i'm 15 pls
c|why does a spinning top not fall over
c|whats the difference between mass and weight, my teacher says theyre not the same
c|why do you feel lighter for a second when a lift starts going down
c|why do magnets only stick to some metals
c|how do noise cancelling headphones actually work
c|why doesnt the moon just fall into the earth
c|how does a rainbow form, why is it curved
fb|The rate of change of momentum of a body equals the resultant ________ on it.|force
fb|The unit of electrical resistance is the ________.|ohm
fb|Heat transfer by the bulk movement of a fluid is called ________.|convection

## astronomy
m|The Sun's energy comes mainly from|fusion of hydrogen into helium in its core|chemical burning of coal-like material|gravitational collapse alone|radioactive decay of uranium
m|A star's colour mainly tells us its|surface temperature|distance from Earth|age|mass alone
m|On the Hertzsprung-Russell diagram, the Sun lies on the|main sequence|white dwarf branch|red giant branch|supergiant branch
m|A light-year is a unit of|distance|time|speed|brightness
m|The redshift of distant galaxies is evidence that|the universe is expanding|galaxies are getting hotter|the Milky Way is shrinking|light slows down in space
m|A star much more massive than the Sun ends its life in a|supernova that may leave a neutron star or black hole|quiet shrink into a red dwarf|planetary nebula only|collision with its planets
m|Which planet has the shortest orbital period?|Mercury|Venus|Earth|Neptune
m|The phases of the Moon are caused by|our changing view of the Moon's sunlit half as it orbits Earth|Earth's shadow falling on the Moon|clouds on the Moon|the Moon's spin on its axis
m|A lunar eclipse happens when|Earth passes between the Sun and the Moon|the Moon passes between the Sun and Earth|the Moon is at first quarter|Mars blocks the Sun
m|Earth's seasons are caused mainly by|the tilt of Earth's axis|changes in Earth's distance from the Sun|the Moon's gravity|sunspot cycles
m|Hubble's law states that a galaxy's recession speed is|proportional to its distance|inversely proportional to its distance|the same for every galaxy|proportional to its mass
m|The event horizon of a black hole is|the boundary inside which nothing, not even light, can escape|the glowing disc of gas around it|its solid surface|the jet it emits
m|Stellar parallax is used to measure|the distances to nearby stars|the temperatures of stars|the masses of galaxies|the composition of planetary atmospheres
m|Which of these is a gas giant?|Saturn|Mars|Venus|Mercury
tf|The Moon always shows the same face to Earth because its rotation period equals its orbital period.|T
tf|Jupiter is a rocky planet smaller than Earth.|F
tf|Polaris seems almost fixed in the night sky because it lies close to the north celestial pole.|T
n|A star has a parallax of 0.25 arcseconds. How far away is it in parsecs and in light-years?|4 pc; about 13 ly
n|A galaxy is receding at 7,000 km/s. Using H0 = 70 km/s/Mpc, estimate its distance.|100 Mpc
n|Calculate the escape velocity from Earth's surface. (M = 5.97 × 10^24 kg, R = 6.37 × 10^6 m, G = 6.67 × 10^-11 N m² kg-2)|about 11.2 km/s
n|Using Wien's law, a star's spectrum peaks at 500 nm. Estimate its surface temperature. (b = 2.9 × 10^-3 m K)|about 5,800 K
n|Light takes about 8.3 minutes to reach Earth from the Sun. Estimate the Earth-Sun distance.|about 1.5 × 10^11 m
o|Describe the life cycle of a star like the Sun.
o|Explain how astronomers detect exoplanets with the transit method.
o|What observational evidence supports the Big Bang model?
c|why does venus look so bright in the evening sky
c|how do we know how far away galaxies are, my astro class skipped it
c|is pluto a planet or not, and why did they change it
fb|The point in a planet's orbit closest to the Sun is its ________.|perihelion

## earth-science
m|Which type of plate boundary forms mid-ocean ridges?|Divergent|Convergent|Transform|Continental collision
m|The San Andreas Fault is an example of a|transform boundary|divergent boundary|subduction zone|hotspot
m|Which type of rock forms when magma cools?|Igneous|Sedimentary|Metamorphic|Evaporite
m|Marble forms by the metamorphism of|limestone|granite|sandstone|basalt
m|The moment magnitude scale measures|the energy released by an earthquake|the damage it causes|the depth of its focus|how long shaking lasts
m|S-waves cannot pass through Earth's outer core because|they cannot travel through liquids|the core is too hot|they are too fast|the core is magnetic
m|The Hawaiian Islands formed over a|hotspot|subduction zone|transform fault|mid-ocean ridge
m|An aquifer is|a layer of permeable rock that stores and transmits groundwater|a river delta|a type of cloud|a volcanic vent
m|In an undisturbed sequence of sedimentary rock, the principle of superposition says that|the oldest layers are at the bottom|the youngest layers are at the bottom|every layer has the same age|layers always form vertically
m|Rock broken apart by water repeatedly freezing and thawing in cracks is an example of|physical (frost) weathering|chemical weathering|deposition|subduction
tf|Continental crust is generally thicker and less dense than oceanic crust.|T
tf|Most volcanoes are found far from plate boundaries.|F
n|P-waves arrive at a seismometer 40 s before S-waves. If P-waves travel at 6.0 km/s and S-waves at 3.5 km/s, how far away was the earthquake?|about 336 km
n|A river discharges 500 m³ of water per second. How much water flows past in one day?|4.32 × 10^7 m³
o|Explain how plate tectonics accounts for the global distribution of earthquakes and volcanoes.
o|Describe the rock cycle, naming the processes that link the three main rock types.
c|whats the difference between weathering and erosion, quick
c|why does iceland have so many volcanoes
fb|A deep valley in the ocean floor where one plate sinks beneath another is an ocean ________.|trench

## meteorology
m|Air that rises and cools to its dew point forms|clouds|wind|ozone|hail only
m|A cold front typically brings|a band of heavy showers followed by cooler, clearer air|days of drizzle and warming|no change at all|only fog
m|The Coriolis effect deflects winds in the Northern Hemisphere to the|right|left|equator|poles only
m|Which instrument measures air pressure?|Barometer|Anemometer|Hygrometer|Rain gauge
m|A relative humidity of 100% means that|the air is saturated with water vapour|it must be raining|the air is pure water|the temperature is 100 °F
m|High-pressure systems (anticyclones) usually bring|settled, dry weather|storms and heavy rain|hurricanes|tornadoes
m|Hurricanes form over|warm tropical oceans|cold polar seas|deserts|high mountain ranges
m|The layer of the atmosphere in which almost all weather happens is the|troposphere|stratosphere|mesosphere|thermosphere
m|A rain shadow forms on the|leeward side of a mountain range|windward side of a mountain range|summit of a mountain|coast facing the prevailing wind
tf|Air temperature generally falls with height in the troposphere.|T
tf|El Niño is an unusual cooling of the eastern tropical Pacific.|F
n|The environmental lapse rate is 6.5 °C per km. If the ground temperature is 18 °C, what is the temperature at 3,000 m?|-1.5 °C
n|A weather station records 12, 0, 4, 22, 8, 0 and 3 mm of rain over a week. Calculate the mean daily rainfall.|7 mm
o|Explain how a sea breeze develops on a sunny afternoon.
o|Describe how the greenhouse effect warms Earth's surface.
c|why does it get colder up a mountain when you're closer to the sun lol
c|how accurate is a 10 day weather forecast really
fb|A line on a weather map joining places of equal pressure is an ________.|isobar

## maths
m|What is the derivative of x³ sin x?|3x² sin x + x³ cos x|3x² cos x|x³ cos x|3x² sin x - x³ cos x
m|For x > 0, the integral of 1/x with respect to x is|ln x + C|x^0 + C|-1/x² + C|1/x² + C
m|The interior angles of a hexagon add up to|720°|540°|360°|1,080°
m|If log₂ x = 5, then x equals|32|10|25|2.5
m|The solutions of x² - 5x + 6 = 0 are|2 and 3|-2 and -3|1 and 6|-1 and 6
m|The determinant of the matrix [[2, 1], [4, 3]] is|2|10|-2|5
m|The limit of (sin x)/x as x tends to 0 is|1|0|infinity|undefined
m|What is the 10th term of the arithmetic sequence 3, 7, 11, ...?|39|43|40|37
m|Which of these numbers is irrational?|√2|0.25|22/7|1.5
m|How many ways can 5 different books be arranged on a shelf?|120|25|60|5
m|The gradient of the line through (1, 2) and (4, 11) is|3|9|1/3|4
m|The eigenvalues of the diagonal matrix [[3, 0], [0, 5]] are|3 and 5|0 and 8|15 only|8 and 15
tf|Every continuous function on a closed, bounded interval attains a maximum value.|T
tf|The sum of two odd numbers is always odd.|F
n|Solve the simultaneous equations 2x + y = 11 and x - y = 1.|x = 4, y = 3
n|Find the area under y = x² between x = 0 and x = 3.|9
n|A geometric series has first term 8 and common ratio 1/2. Find its sum to infinity.|16
n|Differentiate f(x) = e^(2x) ln x.|2e^(2x) ln x + e^(2x)/x
n|Solve dy/dx = 3y with y(0) = 2.|y = 2e^(3x)
n|Find the equation of the tangent to y = x² + 3x at x = 1.|y = 5x - 1
o|Prove that √2 is irrational.
o|Explain what a derivative means geometrically and give a physical example.
c|integration by parts, how do i choose which is u and which is dv
c|why do we even need limits, my calc teacher says theyre the foundation of everything
c|is 0.999 recurring really equal to 1
fb|A triangle with three sides of different lengths is ________.|scalene

## statistics
m|The median of 3, 8, 1, 9, 4 is|4|5|3|8
m|For a normal distribution, roughly what percentage of values lie within one standard deviation of the mean?|68%|95%|99.7%|50%
m|A test at the 5% significance level gives p = 0.03. This means|the null hypothesis is rejected at that level|the null hypothesis is proven true|the result is not significant|the alternative hypothesis is proven
m|A Type I error is|rejecting a null hypothesis that is true|failing to reject a false null hypothesis|using the wrong test|an arithmetic mistake
m|A correlation coefficient of -0.9 indicates|a strong negative linear relationship|no relationship|a weak positive relationship|that one variable causes the other
m|Increasing the sample size generally makes a confidence interval|narrower|wider|unchanged|biased
m|Which measure of spread is least affected by outliers?|Interquartile range|Range|Standard deviation|Variance
m|Which sampling method gives every member of the population an equal chance of selection?|Simple random sampling|Convenience sampling|Quota sampling|Snowball sampling
tf|Correlation on its own does not prove causation.|T
tf|A standard deviation can be negative.|F
n|Five students are 150, 155, 160, 165 and 170 cm tall. Calculate the mean and the sample standard deviation.|mean 160 cm; s ≈ 7.9 cm
n|Exam scores are normally distributed with mean 65 and standard deviation 10. What percentage of students score above 85?|about 2.3%
n|A survey of 400 voters finds 220 in favour of a proposal. Give a 95% confidence interval for the proportion in favour.|0.55 ± 0.049
n|A regression line is y = 2.5x + 12. Predict y when x = 8.|32
o|Explain the difference between a population and a sample, and why we work with samples.
o|Describe when you would use a paired t-test rather than an independent two-sample t-test.
c|stats hw: whats the difference between standard deviation and standard error
c|how do i know when to use chi squared vs a t test
fb|The value that occurs most often in a data set is the ________.|mode

## probability
m|Two fair dice are rolled. What is the probability that the total is 7?|1/6|1/12|7/36|1/36
m|A fair coin is tossed four times. What is the probability of exactly two heads?|3/8|1/2|1/4|1/16
m|A card is drawn from a standard 52-card deck. What is the probability that it is a heart or a king?|4/13|17/52|1/4|1/13
m|A fair coin has come up heads five times in a row. The probability of heads on the next toss is|1/2|1/32|1/64|less than 1/2
m|Two cards are drawn from a standard deck without replacement. What is the probability that both are aces?|1/221|1/169|1/13|1/26
m|Three fair coins are tossed. What is the probability of at least one tail?|7/8|1/8|3/8|1/2
m|A bag holds 5 red and 3 blue marbles. Two are drawn without replacement. What is the probability that both are red?|5/14|25/64|5/8|5/28
m|Independent events A and B have P(A) = 0.4 and P(B) = 0.5. What is P(A and B)?|0.2|0.9|0.1|0.45
tf|Two mutually exclusive events that both have nonzero probability cannot be independent.|T
tf|On a fair die, a six becomes more likely after a long run without one.|F
n|A fair die is rolled three times. What is the probability of at least one six?|91/216
n|A lottery asks you to choose 6 numbers from 49. How many different tickets are possible?|13,983,816
n|A screening test is 99% sensitive and 95% specific, and 1% of people have the condition. If someone tests positive, what is the probability they have it?|about 17%
n|In a room of 23 people, what is the approximate probability that at least two share a birthday?|about 50.7%
n|What is the expected score on one roll of a fair six-sided die?|3.5
o|Explain the Monty Hall problem and why switching doors doubles your chance of winning.
c|probability q: flip a coin 10 times, chance of at least 8 heads? binomial right?
c|why is the gambler's fallacy wrong, each spin is independent but it feels like red is due
c|poker odds: how likely is it to be dealt a pair in texas holdem
fb|Two events that cannot both happen are mutually ________.|exclusive

## engineering
m|Stress in a loaded rod is defined as|force divided by cross-sectional area|extension divided by original length|force times length|mass divided by volume
m|Young's modulus is the ratio of|stress to strain|force to extension only|strain to stress|load to mass
m|A simply supported beam with a central point load has its maximum bending moment|at the centre|at the supports|at a quarter of the span|equally everywhere
m|Which material is strong in compression but weak in tension?|Unreinforced concrete|Steel cable|Nylon rope|Rubber
m|Steel bars are cast into reinforced concrete mainly to|carry tensile forces|reduce weight|improve its appearance|stop it absorbing water
m|A hydraulic jack lets a small force lift a heavy car because|pressure is transmitted equally throughout the fluid|the fluid compresses|the large piston is heavier|friction helps
m|A 20-tooth gear drives a 60-tooth gear. The output speed compared with the input speed is|one third|three times|the same|six times
m|A factor of safety of 3 means a structure is designed to|withstand three times the expected maximum load|last three years|use a third of the material|carry a third of its design load
m|An arch bridge carries its load mainly through|compression in the curved arch|tension in cables|bending in a flat deck only|torsion
m|In a PID controller, the integral term|removes steady-state error|only speeds up the response|predicts future error|filters out noise
tf|Fatigue failure can occur at stresses well below the ultimate tensile strength if the load is cycled many times.|T
tf|A pulley system with a mechanical advantage of 4 reduces the total work needed to lift a load.|F
n|A steel wire 2.0 m long with cross-sectional area 1.0 mm² stretches 1.0 mm under a 100 N load. Calculate Young's modulus.|2.0 × 10^11 Pa
n|A pump lifts 500 kg of water through 12 m in 60 s. If it is 75% efficient, what electrical power does it draw? (g = 9.8 m/s²)|about 1.3 kW
n|A 2 m cantilever carries a 500 N point load at its free end. What is the bending moment at the fixed end?|1,000 N m
n|An engine produces 150 N m of torque at 4,000 rpm. Calculate its power output.|about 62.8 kW
o|Explain why I-beams are used in construction rather than solid rectangular beams.
o|Describe the difference between ductile and brittle failure, with an example of each.
c|statics hw: how do i draw a free body diagram for a truss joint
c|stress vs strain, the units confuse me
fb|The ability of a material to be drawn out into a wire is its ________.|ductility
"""

LIFE_ROWS = r"""
## nutrition
m|Which nutrient supplies the most energy per gram?|Fat|Protein|Carbohydrate|Fibre
m|Vitamin D deficiency in children can cause|rickets|scurvy|beriberi|night blindness
m|Too little vitamin C in the diet can lead to|scurvy|rickets|goitre|gout
m|Which food is the best source of dietary fibre?|Wholegrain oats|White rice|Butter|Chicken breast
m|Many national guidelines recommend eating at least|five portions of fruit and vegetables a day|one portion of fruit a week|twelve portions of meat a day|no vegetables after 6 pm
m|Which mineral, needed for healthy blood, is most often low in people who eat no meat?|Iron|Sodium|Potassium|Fluoride
m|Oily fish such as salmon and mackerel are rich in|omega-3 fatty acids|refined sugar|trans fats|gluten
m|A food labelled "high in protein" is most likely to be|Greek yoghurt|a fizzy drink|a boiled sweet|an apple
tf|Drinking water with meals is a major cause of weight gain.|F
tf|Whole fruit contains fibre that fruit juice mostly lacks.|T
tf|Everyone needs to follow a gluten-free diet to be healthy.|F
n|A snack contains 10 g fat, 25 g carbohydrate and 5 g protein. Estimate its energy using 9, 4 and 4 kcal per gram.|210 kcal
n|Someone eating 2,200 kcal a day wants 30% of their energy from fat. How many grams of fat is that?|about 73 g
o|Explain why a balanced diet matters for teenagers during growth spurts.
o|Compare the nutritional value of brown rice and white rice.
c|is it bad to skip breakfast if im trying to lose weight
c|how much protein do i actually need if i go to the gym 4 times a week
c|are seed oils actually bad or is that a tiktok thing
c|whats a cheap healthy lunch i can take to uni every day
fb|Energy in food is commonly measured in ________.|kilocalories

## fitness
m|The FITT principle of training stands for|frequency, intensity, time, type|fitness, intensity, training, tempo|force, impact, time, technique|frequency, interval, tempo, type
m|A common rough estimate of maximum heart rate is|220 minus age|180 plus age|100 plus body mass in kg|twice the resting heart rate
m|Which session best improves cardiovascular endurance?|Thirty minutes of steady running or cycling|Three heavy squats|Static stretching|A single 10 m sprint
m|Progressive overload means|gradually increasing the training load over time|training every muscle every day|never changing your programme|resting for weeks between sessions
m|Delayed-onset muscle soreness usually peaks|24-72 hours after unfamiliar exercise|during the workout|a week later|immediately after stretching
m|A warm-up before exercise mainly|raises muscle temperature and heart rate to prepare the body|builds maximal strength|replaces a cool-down|burns most of the day's calories
tf|You can burn fat from one chosen body part by exercising only that part.|F
tf|Resistance training can help maintain bone density with age.|T
n|A 30-year-old wants to train at 70-85% of maximum heart rate. Using 220 minus age, what heart-rate range should she aim for?|133-162 bpm
n|A runner finishes 10 km in 50 minutes. What is her average pace per kilometre and her average speed?|5 min/km; 12 km/h
o|Design a three-day-a-week beginner strength programme.
c|how many rest days should i take a week when starting to lift
c|best way to get my 5k time down in 8 weeks? currently at 28 min
c|is it ok to do abs every day or do they need rest too
c|stretching before or after running, which actually matters
fb|Sustained exercise at moderate intensity, such as jogging, is called ________ exercise.|aerobic

## medicine
m|A patient with crushing chest pain spreading to the left arm, sweating and nausea should first be assessed for|acute coronary syndrome|migraine|a sprained shoulder|appendicitis
m|The first-line treatment for anaphylaxis is|intramuscular adrenaline|an oral antihistamine alone|paracetamol|a cold compress
m|Repeated blood pressure readings around 150/95 mmHg suggest|hypertension|hypotension|a normal reading|shock
m|The FAST acronym helps the public recognise|a stroke|a heart attack|an asthma attack|diabetes
m|Which sign suggests dehydration in a toddler?|A dry mouth and fewer wet nappies|Lots of tears|Weight gain|Passing more urine than usual
m|In adult CPR, chest compressions should be given at about|100-120 per minute|30-40 per minute|200 per minute|60 per minute
m|HbA1c is used to monitor long-term control of|diabetes|asthma|migraine|kidney stones
m|Which feature of a headache is a red flag?|Sudden "thunderclap" onset of the worst headache of their life|Mild pressure that eases with rest|Headache after skipping coffee|Tension across the forehead in the evening
m|The Glasgow Coma Scale scores|eye, verbal and motor responses|blood pressure and pulse|pain only|kidney function
m|A normal resting respiratory rate for an adult is about|12-20 breaths per minute|4-6 breaths per minute|30-40 breaths per minute|60 breaths per minute
tf|Ice should be held directly on bare skin for an hour after a sprain.|F
tf|Type 2 diabetes can often be managed initially with diet, exercise and tablets.|T
n|A patient weighs 92 kg and is 1.80 m tall. Calculate their BMI and classify it.|28.4, overweight
n|A patient has a heart rate of 110 beats per minute and a systolic pressure of 90 mmHg. Calculate the shock index and say whether it is raised.|about 1.2; raised
o|Outline the initial management of a patient with suspected sepsis in the emergency department.
o|Describe how to take an accurate manual blood pressure reading.
c|my dad's blood pressure is 145/92 is that bad? he's 58
c|when should i take my kid to A&E for a fever vs just wait it out
c|how long should a cough last before i see a gp
m|What is the most appropriate first step for a minor burn on the hand?|Cool it under cool running water for about 20 minutes|Rub butter on it|Pop any blisters|Press ice directly onto the skin
c|how do i know if a cut needs stitches
c|my grandma keeps falling at home, what can we do to make the house safer
fb|Abnormally low blood sugar is called ________.|hypoglycaemia

## health
m|Most adults need roughly how much sleep a night?|7-9 hours|3-4 hours|12-14 hours|exactly 5 hours
tf|Bright screens late at night can make it harder to fall asleep.|T
tf|You need to drink exactly eight glasses of plain water a day regardless of your size or activity.|F
o|Give five evidence-based tips for improving sleep quality.
c|how do i fix my sleep schedule after exams
c|is it bad to drink 5 coffees a day
c|how much water should i actually drink a day
c|is standing at a desk all day better than sitting

## nursing
m|In triage, a patient with an obstructed airway is assigned|the highest (immediate) priority|routine priority|delayed care|discharge
m|Before giving a medicine, a nurse confirms the "rights" of administration, which include|right patient, right drug, right dose, right route, right time|right room, right doctor, right day|right price and right pharmacy|right diagnosis only
m|To prevent pressure ulcers in a bedbound patient, the nurse should|reposition the patient regularly|keep the patient in one position|restrict fluids|avoid checking the skin
m|The Waterlow and Braden scales assess|the risk of pressure ulcers|pain|level of consciousness|nutrition only
m|A patient using a PCA pump after surgery should be watched especially for|respiratory depression and oversedation|hair loss|high blood sugar|ringing in the ears
m|NEWS2 combines|several vital signs into one score to detect deterioration|temperature readings only|a pain score|age and weight
tf|An IV cannula site should be checked regularly for swelling, redness and pain.|T
tf|It is acceptable to sign the medication chart before a dose has been given.|F
n|An order is for 1,000 mL of saline over 8 hours using a giving set that delivers 20 drops/mL. Calculate the drip rate.|about 42 drops/min
n|A doctor prescribes 500 mg of a drug available as 250 mg in 5 mL. What volume should be given?|10 mL
n|A child weighing 18 kg is prescribed 15 mg/kg every 6 hours. Calculate each dose and the total daily dose.|270 mg; 1,080 mg/day
n|An infusion pump must deliver 1.5 L over 12 hours. What rate should be set in mL/h?|125 mL/h
o|Describe the SBAR tool and how a nurse would use it to escalate a deteriorating patient.
c|nursing student here, how do i do drip rate calcs without panicking in the exam
c|tips for my first night shift on a medical ward?
fb|A nurse records a patient's intake and output on a fluid ________ chart.|balance

## pharmacy
m|A patient starting warfarin should be advised to|keep their intake of vitamin K-rich foods such as leafy greens steady|stop it whenever they feel well|double the next dose if one is missed|take it with grapefruit juice
m|Patients taking doxycycline are advised to|swallow it with a full glass of water and stay upright for 30 minutes|lie down straight after taking it|crush it into milk|take it at bedtime lying flat
m|In clinical practice, a drug's elimination half-life is mainly used to decide|how often doses are given|the colour of the tablet|which pharmacy stocks it|the price of the medicine
m|Over-the-counter ibuprofen should be used with caution by people with|a history of stomach ulcers|dandruff|short sight|mild hay fever only
m|A patient who misses a once-daily tablet should usually|take it when they remember unless the next dose is nearly due, and never double up|take two tablets next time|stop the medicine|take three the next day
m|Statins are usually prescribed to|lower LDL cholesterol|treat infections|relieve acute pain|stop an asthma attack
m|An inhaler spacer helps by|getting more of the medicine into the lungs|improving the taste|replacing the inhaler|storing extra doses
tf|Paracetamol and many cold-and-flu remedies can contain the same ingredient, so taking both risks an accidental overdose.|T
tf|It is fine to share leftover prescription antibiotics with family members.|F
n|A patient takes one tablet three times a day for 14 days. How many tablets should be dispensed?|42
n|A drug has a half-life of 8 hours. Roughly how long until it is essentially cleared (about five half-lives)?|40 hours
o|How would a pharmacist counsel a patient who is starting a steroid inhaler for asthma?
c|can i take ibuprofen and paracetamol together for a toothache
c|pharmacy tech q: whats the actual difference between a generic and a brand name drug
c|can i drink alcohol while on a course of amoxicillin
fb|A medicine that can be bought without a prescription is sold ________ the counter.|over

## cooking
m|Heavily salted pasta water boils at|a slightly higher temperature than plain water|a much lower temperature|exactly the same temperature|room temperature
m|Resting a steak after cooking helps because|the juices settle and less runs out when it is cut|it keeps cooking to well done|it cools to fridge temperature|it dries the surface
m|The brown crust on seared meat forms mainly through|browning reactions between sugars and proteins at high heat|colour transferring from the pan|freezing of the surface|fat melting away
m|Cakes often sink in the middle when the oven door is opened early because|the structure has not set and the temperature drop collapses the rising bubbles|the sugar evaporates|the flour absorbs cold air|the eggs turn back to liquid
m|Egg whites whipped in a greasy bowl often fail to foam because|fat stops a stable foam forming|the bowl is too cold|grease adds too much air|the whites start to cook
m|Lemon juice keeps cut apples from browning because|its acidity slows the browning|it adds sugar|it coats them in oil|it freezes them
m|Bread dough is kneaded mainly to|develop gluten so the dough can trap gas|kill the yeast|remove the water|melt the butter
m|At high altitude water boils below 100 °C, so pasta|takes longer to cook|cooks faster|cannot be cooked at all|cooks in exactly the same time
tf|A cast-iron pan is seasoned by baking a thin layer of oil onto it.|T
tf|Searing meat "seals in" all of its juices.|F
n|A recipe for 4 people uses 300 g of pasta. How much is needed for 10 people?|750 g
n|An oven is set to 180 °C. What is that in °F?|356 °F
n|A chicken is roasted for 20 minutes per 450 g plus 20 minutes. How long does a 1.8 kg bird need?|100 minutes
o|Explain why resting bread dough in the fridge overnight improves its flavour.
c|why does my caramel keep going grainy
c|can i use baking soda instead of baking powder in pancakes
c|why do onions make you cry and how do i stop it
c|how do i keep my sourdough starter alive while im away for two weeks
fb|Cooking food gently in liquid just below boiling is called ________.|simmering

## cleaning
m|Bleach should never be mixed with ammonia-based cleaners because|the mixture gives off harmful fumes|it stops the bleach working|it leaves a sticky residue|it stains surfaces
m|White vinegar removes limescale from a kettle because|it is mildly acidic|it is strongly alkaline|it contains bleach|it is oily
m|The best first step with a fresh red wine spill on a carpet is to|blot it and treat it with cold water|rub it hard with hot water|let it dry first|iron it
m|Microfibre cloths clean well because|their very fine fibres trap dust and grease|they contain soap|they are sterile|they are waterproof
tf|Washing clothes at a lower temperature saves energy.|T
tf|Using more detergent than the dose on the pack always gets clothes cleaner.|F
n|A floor cleaner is diluted 1:40 with water. How much concentrate goes into 4 litres of water?|100 mL
o|Write a weekly cleaning rota for a shared student flat.
c|how do i get mould off the silicone round my shower
c|whats the best way to clean a stinky washing machine
c|how do i get sharpie off a whiteboard
c|how do i descale my coffee machine
c|best way to get rid of fruit flies in the kitchen
c|is it safe to use a steam mop on laminate floors

## gardening
m|Tomato plants with yellowing lower leaves may need|more nitrogen feed|less light|salt water|no water at all
m|On a hot day, the best time to water a vegetable garden is|early in the morning|midday|never|only while it is raining
m|Mulching around plants helps by|keeping moisture in the soil and suppressing weeds|attracting slugs|stripping nutrients from the soil|stopping rain from reaching roots
m|Many hydrangea flowers turn blue in|acidic soil|alkaline soil|pure sand|potting compost always
m|Gardeners rotate vegetable crops mainly to|reduce soil-borne pests and diseases and balance nutrient use|make plants taller|change the colour of vegetables|save water
m|Hardening off seedlings means|gradually getting them used to outdoor conditions|boiling the soil|keeping them in the dark|trimming their roots
tf|Most succulents need watering every day.|F
tf|Deadheading can encourage some plants to keep flowering.|T
n|A lawn measures 12 m by 8 m and grass seed is sown at 35 g per square metre. How much seed is needed?|3.36 kg
o|Plan a small vegetable bed that gives something to harvest from spring to autumn.
c|my basil keeps wilting even though i water it, what am i doing wrong
c|when should i prune my apple tree
c|how do i keep slugs off my lettuces without chemicals
c|whats a good first houseplant thats hard to kill
c|why are my tomatoes splitting on the vine
fb|Rotted-down organic matter dug into soil to improve it is called ________.|compost

## pet-care
m|Which food is dangerous for dogs and should never be given?|Chocolate|Plain cooked chicken|Carrots|Plain rice
m|Cats are obligate carnivores, which means they|need nutrients found in meat, such as taurine|do well on a vegan diet|eat only fish|need no protein
m|A pet rabbit's diet should consist mainly of|hay and grass|carrots|bread|seed mix
m|How often should most adult dogs be wormed?|Every three months, or as your vet advises|Once in their lifetime|Every day|Never
tf|A goldfish can live happily in a small unfiltered bowl.|F
tf|Grapes and raisins can cause kidney damage in dogs.|T
n|A dog weighs 25 kg and its food packet recommends 20 g per kg per day. How much food is that per day?|500 g
o|What should a first-time owner get ready before bringing a kitten home?
c|my cat keeps scratching the sofa, how do i stop her
c|how much exercise does a border collie puppy need
c|is it normal for my hamster to sleep all day
c|how often should i clean out my guinea pigs cage
c|how do i get my dog to stop pulling on the lead

## psychology
m|According to Piaget, a child who understands conservation of volume is in the|concrete operational stage|sensorimotor stage|preoperational stage|formal operational stage
m|Maslow's hierarchy puts which needs at the base?|Physiological needs|Self-actualisation|Esteem|Belonging
m|Confirmation bias is the tendency to|favour information that supports what we already believe|remember the first item in a list best|obey authority figures|take more risks in groups
m|In Milgram's obedience study, participants believed they were|giving electric shocks to a learner|taking a memory test themselves|being interviewed for a job|watching a film
m|Cognitive behavioural therapy mainly works by|changing unhelpful thoughts and behaviours|interpreting dreams|prescribing medication|hypnosis
m|The serial position effect describes|better recall of items at the start and end of a list|forgetting everything after a week|remembering only emotional events|recall improving under stress
m|Which research method allows conclusions about cause and effect?|A controlled experiment|A correlational study|A case study|A survey
m|Operant conditioning, studied by B. F. Skinner, changes behaviour through|reinforcement and punishment|reflexes paired with a neutral stimulus|imitation only|dream analysis
tf|Miller suggested that short-term memory holds roughly 7 ± 2 items.|T
tf|The bystander effect means people are more likely to help when many others are present.|F
n|In a memory experiment, five participants recalled 12, 15, 9, 14 and 10 words. Calculate the mean and the range.|12; 6
o|Evaluate the ethics of the Stanford prison experiment.
o|Explain the difference between intrinsic and extrinsic motivation, with examples.
c|psych 101 help: whats the difference between operant and classical conditioning
c|why do i procrastinate even when i know the deadline is tomorrow
fb|An intense, irrational fear of a specific thing, such as spiders, is a ________.|phobia

## study-skills
m|Spaced repetition improves long-term retention because|reviewing material at increasing intervals strengthens memory|cramming the night before is always better|it stops all forgetting|it needs no effort
m|Which revision technique has the strongest research support for long-term learning?|Practice testing (retrieval practice)|Rereading notes|Highlighting|Copying out the textbook
o|Describe three revision strategies supported by research on memory.
c|how do i revise for a maths exam in 2 weeks when ive done nothing
c|how do i stop panicking during exams, my mind goes blank
c|whats the pomodoro technique and does it actually work

## economics
m|When a central bank raises interest rates, prices of existing bonds generally|fall|rise|stay the same|double
m|A bond's yield to maturity is|the total return expected if it is held until it matures|its face value|the first coupon payment only|the price paid by the issuer
m|Annual GDP growth of 2% means|the economy's real output rises by 2% a year|prices rise by 2%|unemployment falls by 2%|the population grows by 2%
m|A price ceiling set below the equilibrium price causes|a shortage|a surplus|no change|higher prices
m|If demand is price elastic, raising the price will|reduce total revenue|increase total revenue|leave revenue unchanged|increase the quantity demanded
m|An inverted yield curve means|short-term yields are higher than long-term yields|all yields are zero|shares outperform bonds|inflation is negative
m|Opportunity cost is|the value of the next best alternative given up|the money price of a good|the total cost of production|a sunk cost
m|In the product life cycle, the growth stage is marked by|rapidly rising sales|falling sales|the launch only|withdrawal from the market
tf|Compound interest means earning interest on interest already earned.|T
tf|Bonds from issuers with higher credit risk usually offer lower yields.|F
n|£5,000 is invested at 4% compound interest per year. What is it worth after 10 years?|about £7,401
n|A bond with a face value of $1,000 pays a 5% annual coupon and is bought for $950. Calculate its current yield.|about 5.26%
n|Nominal GDP grew 6% while inflation was 2.5%. Roughly what was real growth?|about 3.5%
n|A company's revenue grew from $2.0 million to $2.9 million over 3 years. Calculate the compound annual growth rate.|about 13.2%
o|Explain how quantitative easing is supposed to stimulate an economy.
o|Discuss the advantages and disadvantages of a national minimum wage.
c|why do bond prices go down when yields go up, makes no sense to me
c|whats the diff between inflation and stagflation in simple terms
m|A company's price-to-earnings ratio is|its share price divided by its earnings per share|its dividend divided by its share price|its total debt|its market share
c|how do index funds work and are they good for beginners
c|whats the difference between a stocks and shares isa and a cash isa
fb|Two consecutive quarters of falling real GDP are often called a ________.|recession

## everyday-words
m|In a spreadsheet, the reference $A$1 is|an absolute cell reference|a relative cell reference|a named range|an error value
m|In growth marketing, a "viral coefficient" measures|how many new users each existing user brings in|how infectious a disease is|server uptime|ad spend per click
m|In finance, a "bond" is|a loan to a government or company that pays interest|a share of ownership in a company|a type of insurance|a current account
m|A company's "culture" refers to|the shared values and habits of the people who work there|the plants in the office|the art in the lobby|its profit margin
m|The "half-life" of knowledge in a fast-moving field is|the time it takes for half of what is known to become outdated|how long a textbook lasts on the shelf|the length of a course|the time needed to read a book
tf|In Excel, a reference written B$2 keeps the row fixed when the formula is copied.|T
c|in excel how do i lock a cell reference so it doesnt change when i copy the formula
c|my spreadsheet cell just shows ##### what does that mean
c|how do we build a better company culture when everyone works remote
c|our marketing video went viral overnight, how do we keep the momentum going
c|what actually makes a tiktok go viral, is there a formula
c|people say the half-life of a programming skill is about 5 years, how do i keep up
c|memes have such a short half-life, how long does a meme trend usually last
c|theres real chemistry between me and my coworker, should i say something
c|how can you tell if theres chemistry on a first date
c|our team has zero chemistry, how do i fix that as a new manager
c|how do i build a strong bond with my rescue dog
c|best ways for a dad to bond with a newborn?
c|is now a good time to buy bonds or should i stay in cash
c|how is the dividend yield of a stock calculated
c|our startup's growth has stalled, what metrics should we look at first
c|how do i grow my instagram following without buying followers
c|my phone battery cell is swelling up, is that dangerous
c|what does a toxic workplace actually look like and how do i deal with a toxic boss
c|how do i end a toxic friendship without drama
c|my marketing lecturer keeps talking about a brand's DNA, what does that mean
c|how do i make my essay's argument evolve across paragraphs instead of repeating
c|inheritance tax: do i have to pay it if my parents leave me their house
c|who inherits if someone dies without a will in england
c|what usually acts as the catalyst for a big jump in a stock price
c|our sales team needs a catalyst to get going again, any ideas
c|how should i react when my boss gives me harsh feedback in front of everyone
c|how do i stop my cat having such a bad reaction to vet visits
c|in python how do i make a class inherit from another one and override a method
c|whats the best way to grow a small youtube channel from zero
c|how do i keep my team's energy up after layoffs
fb|In a spreadsheet, a rectangular block of cells such as A1:C10 is called a ________.|range
"""

LONG = r"""
physics
Read the scenario and answer all parts.

A student designs a model roller coaster for a physics project. A 0.050 kg marble is released from rest at point A, 0.80 m above the floor. It rolls down a track to point B at floor level, then up into a vertical loop of radius 0.15 m, and finally along a horizontal section with friction before stopping at point D. Treat the marble as a point mass and ignore rotational energy unless told otherwise. Take g = 9.8 m/s².

(a) Assuming no energy losses, calculate the marble's speed at B.
(b) Calculate its speed at the top of the loop, and show whether it stays on the track there.
(c) In reality the marble arrives at B with a speed of 3.6 m/s. Calculate the energy lost between A and B and suggest where it went.
(d) On the horizontal section, the marble decelerates uniformly from 3.6 m/s to rest in 2.4 m. Calculate the frictional force.
(e) Explain why including the marble's rolling (rotational) kinetic energy would lower your answer to (a).
~~~
physics
Circuits practical - data analysis

A class measured the current through a filament lamp and a fixed resistor for a range of potential differences.

| V (V) | I lamp (A) | I resistor (A) |
|-------|------------|----------------|
| 0.0   | 0.00       | 0.00           |
| 2.0   | 0.18       | 0.10           |
| 4.0   | 0.28       | 0.20           |
| 6.0   | 0.35       | 0.30           |
| 8.0   | 0.40       | 0.40           |
| 10.0  | 0.44       | 0.50           |

1. Plot I against V for both components and describe the shape of each graph.
2. Calculate the resistance of the resistor and of the lamp at 2.0 V and at 10.0 V.
3. Explain, in terms of the movement of electrons and ions, why the lamp's resistance increases.
4. At what voltage do the two components have the same resistance?
5. Suggest one source of random error and one source of systematic error in this experiment.
~~~
astronomy
Passage: how we weighed the planets

Long before spacecraft, astronomers could calculate the mass of a planet if it had a moon. Newton showed that the force of gravity supplies the centripetal force that keeps a moon in its orbit. Combining his law of gravitation with the geometry of circular motion gives Kepler's third law in the form T² = 4π²r³/(GM), where M is the mass of the planet, r the radius of the moon's orbit and T its orbital period. Observing the moon's period and measuring its distance was therefore enough to find the planet's mass. Io, for example, orbits Jupiter once every 1.77 days at a distance of about 422,000 km. Planets without moons, such as Venus, were much harder: their masses were only pinned down accurately when space probes flew past them and their trajectories were tracked.

Questions
1. Derive T² = 4π²r³/(GM) from Newton's law of gravitation.
2. Use Io's orbit to estimate the mass of Jupiter. (G = 6.67 × 10^-11 N m² kg-2)
3. Explain why the method gives the mass of the planet but not the mass of the moon.
4. Suggest why tracking a spacecraft flyby allows the mass of Venus to be found.
~~~
earth-science
Fieldwork report - river study

A Year 12 geography group measured a river at five sites from source to mouth. Width increased from 1.2 m to 14.5 m, mean depth from 0.15 m to 1.10 m, and mean velocity from 0.31 m/s to 0.78 m/s. The mean long axis of bed pebbles fell from 96 mm to 18 mm, and the pebbles became noticeably rounder downstream.

(a) Calculate the discharge at the first and last sites.
(b) Describe how the channel changes downstream and explain why velocity increases even though the gradient decreases.
(c) Name two processes of erosion that explain the change in pebble size and shape.
(d) Suggest why measurements made during a week of heavy rain might not be representative.
(e) Evaluate the reliability of using a float and stopwatch to measure velocity.
~~~
statistics
A small clinical-style data question (statistics module)

A sports scientist wants to know whether a six-week balance programme improves older adults' performance on a standing balance test. Twelve volunteers were timed (in seconds) standing on one leg before and after the programme.

Before: 14, 9, 21, 17, 11, 8, 25, 13, 16, 10, 19, 12
After: 18, 12, 24, 17, 15, 11, 29, 15, 20, 13, 22, 14

(a) State suitable null and alternative hypotheses.
(b) Explain why a paired test is appropriate here.
(c) Calculate the mean difference and its standard deviation.
(d) Carry out a paired t-test at the 5% level and state your conclusion in context.
(e) Suggest two limitations of the study design and how you would improve it.
~~~
nursing
Clinical scenario for nursing students

Mrs Patel, 78, is two days after a hip replacement. At 02:00 the healthcare assistant reports that she seems "more confused than usual". Her observations are: respiratory rate 24/min, oxygen saturation 93% on room air, blood pressure 102/60 mmHg, heart rate 108/min, temperature 38.3 °C, and she is newly confused. Her urine output over the last four hours has been 60 mL. Her wound dressing is dry.

1. Calculate her NEWS2 score (state any assumptions) and explain what level of response it triggers.
2. Using SBAR, write the handover you would give to the on-call doctor.
3. List the immediate nursing actions you would take while waiting for the doctor.
4. Identify two possible causes of her deterioration and the observations or tests that would help distinguish them.
5. Explain how you would communicate with her family, who phone the ward at 07:00 asking how she is.
~~~
economics
Case study: a small bakery's growth

Crumb & Co. opened one shop in 2019. By 2023 it had four shops and revenue had risen from £180,000 to £610,000, but profit margin fell from 14% to 6%. The owners blame rising flour and energy costs and a bank loan taken out at a variable interest rate in 2021. They are considering issuing a five-year bond to local customers paying a fixed 7% coupon to refinance the loan, and they want to keep the "family culture" of the original shop as they grow.

(a) Calculate the compound annual growth rate of revenue between 2019 and 2023.
(b) Calculate profit in 2019 and 2023 and comment on the change.
(c) Explain how rising interest rates affected the business and why a fixed-rate bond might reduce that risk.
(d) Discuss the risks to customers who buy the bond.
(e) Recommend two ways the owners could protect their company culture while expanding.
~~~
cooking
Kitchen science homework (food technology)

Your class made three batches of the same sponge cake. Batch A followed the recipe exactly. In batch B, the butter and sugar were mixed for only one minute instead of five. In batch C, the oven was set 30 °C too low. Batch A rose evenly to 5 cm with a golden top. Batch B was dense and only 3 cm tall. Batch C rose at first, then sank in the middle and was pale on top.

1. Explain why creaming the butter and sugar for longer makes a lighter cake.
2. Explain why batch C sank and stayed pale.
3. Suggest why raising agents such as baking powder only work well when the batter goes into a hot oven soon after mixing.
4. Describe a fair test you could carry out to find the best baking time for this recipe.
5. Suggest one change to make the cake suitable for someone who cannot eat eggs, and predict its effect.
~~~
psychology
Research methods question

A psychology student wanted to know whether listening to music while revising affects memory. Forty sixth-form volunteers were randomly split into two groups. Both groups spent 15 minutes learning a list of 30 words; one group heard pop music with lyrics through headphones, the other heard nothing. After a ten-minute break, everyone wrote down as many words as they could remember. The music group recalled a mean of 14.2 words (SD 3.1) and the silence group 17.6 words (SD 2.8).

(a) Identify the independent and dependent variables.
(b) Name the experimental design and give one advantage and one disadvantage of it.
(c) Write a directional hypothesis for the study.
(d) Suggest a suitable statistical test and justify your choice.
(e) Identify two ethical issues the student should have considered.
(f) Explain why the findings might not generalise to real revision at home.
~~~
engineering
Design brief (engineering foundation year)

A community group wants a footbridge to cross a 12 m wide stream in a park. The bridge must carry a crowd loading of 5 kN per square metre over a 2 m wide deck, be accessible to wheelchairs, need little maintenance, and be installed without heavy cranes because the site has narrow access.

1. Calculate the total design load from the crowd on the deck, and the maximum bending moment if the bridge is modelled as a simply supported beam with a uniformly distributed load (M = wL²/8).
2. Compare timber, steel and glass-fibre-reinforced polymer as materials for the main beams, considering strength, weight, durability and cost.
3. Explain why a factor of safety is applied and suggest a sensible value.
4. Describe how you would check the design for excessive deflection and for vibration caused by people walking in step.
5. Sketch and justify a final concept.
"""
