"""Chemistry data blocks for gen_sciences2.py (hand-written coursework; see that script's docstring).

ROWS holds ``code|fields`` rows grouped under ``## subtopic`` headers; LONG holds ``~~~``-separated
records whose first line is the subtopic. Everything here is ordinary school and college chemistry:
physical, analytical, inorganic, organic and general. No synthesis route for anything harmful.
"""

ROWS = r"""
## quantum
m|For which of these systems can the Schrödinger equation be solved exactly?|The hydrogen atom|The helium atom|The lithium atom|The H2 molecule
m|For a particle in a one-dimensional box of length L, the energy gap between the n = 1 and n = 2 levels is|3h²/8mL²|h²/8mL²|4h²/8mL²|h²/4mL²
m|If the length of a one-dimensional box is doubled, the ground-state energy|falls to one quarter of its original value|halves|doubles|stays the same
m|The energy levels of a quantum harmonic oscillator are|equally spaced, with E = (v + 1/2)hν|proportional to v²|proportional to 1/v²|continuous
m|The zero-point energy of a harmonic oscillator is|hν/2|zero|hν|2hν
m|The rotational energy levels of a rigid rotor are given by|E = BJ(J + 1)|E = BJ²|E = B(J + 1/2)|E = B/J²
m|The degeneracy of rotational level J of a linear rigid rotor is|2J + 1|J|J + 1|2J
m|How many radial nodes does a 3s orbital have?|2|1|0|3
m|In the hydrogen atom (ignoring fine structure), orbitals with the same n but different l are|degenerate|separated by large gaps|always unoccupied|forbidden
m|The Born-Oppenheimer approximation assumes that|nuclei move so slowly compared with electrons that their motion can be treated separately|electrons do not interact|all orbitals are hydrogen-like|the wavefunction is always real
m|The variation principle guarantees that the energy from any trial wavefunction is|greater than or equal to the true ground-state energy|always below the true energy|exactly equal to the true energy|independent of the trial function
m|Which operator corresponds to linear momentum along x?|-iħ d/dx|x|ħ²/2m|iħ d/dt
m|Which of these model systems does NOT have an exact analytical solution?|A helium atom with two interacting electrons|A particle in a box|A harmonic oscillator|A rigid rotor
tf|The helium atom cannot be solved exactly because of the electron-electron repulsion term.|T
tf|The wavefunction of a particle in an infinitely deep box is nonzero at the walls.|F
tf|A normalised wavefunction gives a total probability of 1 of finding the particle somewhere.|T
n|Calculate the energy of the n = 1 level for an electron in a one-dimensional box of length 0.50 nm. (h = 6.626 × 10^-34 J s, me = 9.109 × 10^-31 kg)|2.41 × 10^-19 J
n|The vibrational wavenumber of HCl is 2,990 cm-1. Calculate its zero-point energy in joules per molecule.|2.97 × 10^-20 J
n|The rotational constant of 12C16O is B = 1.93 cm-1. At what wavenumber is the J = 0 → 1 transition observed?|3.86 cm-1
n|What is the de Broglie wavelength of an electron moving at 2.0 × 10^6 m s-1?|3.6 × 10^-10 m
o|Explain why the particle-in-a-box model gives a reasonable estimate of the absorption wavelengths of conjugated polyenes.
o|Explain what is meant by a degenerate energy level, with an example from the hydrogen atom.
o|Describe the Hartree-Fock method and its main limitation.
c|which systems can actually be solved exactly in quantum chem, my prof keeps saying the H atom is special
c|why is zero point energy not zero, doesnt make sense to me
fb|The number of angular nodes in an orbital equals the quantum number ________.|l

## nmr
m|The number of nuclear spin states for a nucleus of spin I is|2I + 1|I + 1|2I|I²
m|How many spin states does a 14N nucleus (I = 1) have in a magnetic field?|3|2|1|4
m|How many nuclear spin states does 55Mn (I = 5/2) have?|6|5|3|11
m|Which nuclide has a nuclear spin of zero?|16O|17O|13C|15N
m|43Ca has nuclear spin 7/2. How many orientations of its spin angular momentum are allowed in an applied field?|8|7|4|15
m|The Larmor frequency of a nucleus is proportional to|the applied magnetic field|the square of the field|the inverse of the field|the temperature only
m|On a "400 MHz" spectrometer, at approximately what frequency do 13C nuclei resonate?|100 MHz|400 MHz|1,600 MHz|40 MHz
m|Tetramethylsilane (TMS) is used as the 1H NMR reference because|its 12 equivalent protons give one sharp signal upfield of most organic protons|it has no protons|it absorbs at 10 ppm|it reacts with the sample
m|An aldehyde proton typically appears in a 1H NMR spectrum near|9-10 ppm|0.9 ppm|2 ppm|5 ppm
m|Aromatic protons typically appear in the range|6.5-8 ppm|0-1 ppm|2-3 ppm|10-12 ppm
m|A 90° pulse in pulsed NMR|tips the net magnetisation from the z-axis into the xy-plane|inverts the magnetisation|has no effect on the magnetisation|aligns all spins with the field
m|The time constant for recovery of magnetisation along the field direction is|T1, the spin-lattice relaxation time|T2, the spin-spin relaxation time|the pulse width|the dwell time
m|Protons on a carbon next to an electronegative atom are|deshielded and appear at higher chemical shift|shielded and appear at lower chemical shift|unaffected|invisible
m|In the 1H NMR spectrum of 1-chloropropane, the central CH2 group appears as a|sextet|triplet|quartet|doublet
m|At room temperature, the populations of the two 1H spin states in a 9.4 T magnet are|almost equal, with a tiny excess in the lower state|in a ratio of about 2:1|in a ratio of about 1:2|completely in the lower state
m|The magnetic moment component of a spin-1/2 nucleus along the field is μz = γħmI. For a proton (γ = 2.675 × 10^8 T-1 s-1), μz is about|1.41 × 10^-26 J T-1|2.82 × 10^-26 J T-1|9.27 × 10^-24 J T-1|5.05 × 10^-27 J T-1
n|The gyromagnetic ratio of 1H is 2.675 × 10^8 T-1 s-1. Calculate its Larmor frequency in an 11.74 T magnet.|about 500 MHz
n|Calculate the energy difference between the two spin states of a proton in a 7.05 T field. (γ = 2.675 × 10^8 T-1 s-1, ħ = 1.055 × 10^-34 J s)|1.99 × 10^-25 J
n|The z-component of the magnetic moment of a 13C nucleus is ±3.55 × 10^-27 J T-1. Calculate the energy separation of its two spin states in a 9.40 T field.|6.67 × 10^-26 J
n|A 90° pulse on a spectrometer lasts 10 µs. How long is a 180° pulse at the same B1 field strength?|20 µs
n|A signal appears 1,250 Hz downfield of TMS on a 500 MHz instrument. What is its chemical shift?|2.50 ppm
n|The B1 field of an NMR probe is 1.17 × 10^-3 T. How long a pulse is needed to rotate 1H magnetisation by 90°? (γ = 2.675 × 10^8 T-1 s-1)|about 5.0 µs
tf|A nucleus with even mass number and even atomic number has nuclear spin I = 0.|T
tf|19F has a nuclear spin of 1/2 and is widely studied by NMR.|T
tf|In a stronger magnet, the chemical shift in ppm changes but the frequency separation in Hz stays the same.|F
o|Explain why 13C NMR spectra are usually recorded with proton decoupling.
o|Explain the origin of spin-spin splitting and the n + 1 rule.
c|how many spin states does a nucleus with I = 3/2 have and why is it 2I+1
c|nmr question: why are aromatic protons so far downfield? ring current??
fb|Chemical shifts are reported in parts per ________ relative to a reference compound.|million

## epr
m|The g-value of a free electron is approximately|2.0023|1.0000|0.5|4.0
m|An unpaired electron interacts with three equivalent 1H nuclei. The EPR spectrum shows|4 lines in the intensity ratio 1:3:3:1|3 lines of equal intensity|6 lines|8 lines
m|The number of hyperfine lines from coupling to n equivalent nuclei of spin I is|2nI + 1|nI + 1|2I + n|n(2I + 1)
m|A nitroxide radical shows three main EPR lines because the unpaired electron couples to|one 14N nucleus with I = 1|three protons|one 12C nucleus|two 16O nuclei
m|How many EPR lines arise from an unpaired electron coupled to one 55Mn nucleus (I = 5/2)?|6|5|11|3
m|EPR is done at microwave frequencies while NMR uses radio frequencies at similar fields because|the electron's magnetic moment is much larger than nuclear moments|electrons are heavier than nuclei|microwaves are cheaper to generate|NMR works only at low temperature
m|Which species gives an EPR signal?|NO2, which has an unpaired electron|N2|H2O|CH4
m|In the EPR spectrum of the benzene radical anion, the unpaired electron couples to six equivalent protons, giving|7 lines|6 lines|12 lines|2 lines
m|How many EPR lines does the 13CH3 radical show? (13C has I = 1/2)|8|4|6|2
n|An EPR spectrometer operates at 9.500 GHz. At what field does a radical with g = 2.0023 resonate? (μB = 9.274 × 10^-24 J T-1, h = 6.626 × 10^-34 J s)|0.339 T (339 mT)
n|A radical resonates at 330.0 mT in a spectrometer operating at 9.270 GHz. Calculate its g-value.|about 2.007
n|How many lines are expected in the EPR spectrum of the CD3 radical? (2H has I = 1)|7
tf|A radical coupled to two inequivalent protons with different coupling constants shows four EPR lines.|T
tf|Complexes in which every electron is paired give strong EPR spectra.|F
o|Explain how the hyperfine pattern in an EPR spectrum can be used to map where an unpaired electron spends its time in a radical.
c|epr lines: methyl radical has 4 lines right? what about CD3, deuterium is spin 1
fb|Interaction of an unpaired electron with magnetic nuclei gives ________ splitting in EPR.|hyperfine

## spectroscopy
m|For a vibration to be infrared active, it must|change the molecule's dipole moment|change the polarisability only|involve only hydrogen atoms|be totally symmetric
m|For a vibration to be Raman active, it must|change the molecule's polarisability|change the dipole moment|be forbidden in the IR|involve an electronic transition
m|The symmetric stretch of CO2 is|Raman active but IR inactive|IR active but Raman inactive|active in both|inactive in both
m|How many vibrational modes does a nonlinear molecule with N atoms have?|3N - 6|3N - 5|3N|2N
m|How many vibrational modes does CO2 have?|4|3|5|6
m|A broad IR absorption from 2,500 to 3,300 cm-1 together with a strong peak near 1,710 cm-1 suggests a|carboxylic acid|ketone|alcohol|amine
m|A sharp medium absorption near 2,250 cm-1 indicates a|nitrile (C≡N)|carbonyl|hydroxyl|C-H stretch
m|Replacing H with D in a C-H bond lowers the stretching wavenumber because|the reduced mass increases|the bond becomes stronger|the dipole moment disappears|the force constant doubles
m|According to the Franck-Condon principle, electronic transitions are|vertical, because the nuclei do not move during the fast transition|horizontal|forbidden|always to v = 0
m|Fluorescence usually occurs at longer wavelength than absorption because|energy is lost by vibrational relaxation in the excited state before emission|the molecule gains energy before emitting|absorption happens from the triplet state|the solvent absorbs the light
m|Phosphorescence differs from fluorescence in that it|comes from a spin-forbidden triplet-to-singlet transition and lasts longer|is faster|involves no excited state|occurs only in gases
m|Extending the conjugation of a polyene shifts its UV-vis absorption maximum to|longer wavelength|shorter wavelength|zero wavelength|the radio region
m|The Beer-Lambert law states that absorbance is|proportional to concentration and path length|inversely proportional to concentration|independent of wavelength|proportional to the square of concentration
m|In a Raman spectrum, Stokes lines appear at|lower frequency than the exciting laser line|higher frequency than the laser line|exactly the laser frequency|the fluorescence frequency
tf|Homonuclear diatomic molecules such as N2 have no IR spectrum but do have a Raman spectrum.|T
tf|A transmittance of 10% corresponds to an absorbance of 1.0.|T
n|A dye solution in a 1.00 cm cell has absorbance 0.450 at 520 nm and a molar absorption coefficient of 1.5 × 10^4 M-1 cm-1. Calculate its concentration.|3.0 × 10^-5 M
n|The fundamental vibrational wavenumber of 1H35Cl is 2,886 cm-1. Estimate the wavenumber for 2H35Cl.|about 2,070 cm-1
n|Convert an IR absorption at 1,700 cm-1 into a wavelength in micrometres.|5.88 µm
n|A molecule absorbs at 450 nm. Calculate the energy of the transition in kJ per mole of photons.|266 kJ/mol
n|The force constant of the C=O bond in CO is about 1,900 N m-1 and the reduced mass is 1.14 × 10^-26 kg. Calculate the vibrational wavenumber.|about 2,170 cm-1
o|Explain the rule of mutual exclusion for molecules with a centre of symmetry.
o|Explain why the fingerprint region of an IR spectrum is useful for identifying compounds.
o|Draw and label a Jablonski diagram and use it to explain fluorescence quantum yield.
c|ir vs raman, why is one about dipole and the other polarisability
c|fluorescence quantum yield, what does it actually measure
fb|The diagram showing absorption, fluorescence, intersystem crossing and phosphorescence is a ________ diagram.|Jablonski

## mass-spec
m|In a mass spectrum, the molecular ion peak corresponds to|the intact molecule that has lost one electron|the most abundant fragment|the solvent|a neutral fragment
m|A compound containing one chlorine atom shows M and M+2 peaks in a ratio of about|3 : 1|1 : 1|9 : 1|1 : 3
m|A compound containing one bromine atom shows M and M+2 peaks in a ratio of about|1 : 1|3 : 1|1 : 2|10 : 1
m|The base peak in a mass spectrum is|the most intense peak, set to 100%|always the molecular ion|the peak with the highest m/z|the reference peak
m|A peak at m/z 43 in the spectrum of butanone most likely corresponds to|CH3CO+|CH3+|C4H8O+|OH+
m|Electrospray ionisation is especially useful for|large biomolecules, which often give multiply charged ions|small volatile hydrocarbons only|elements in rocks|gases at high pressure
tf|In a time-of-flight mass spectrometer, lighter ions of the same charge reach the detector first.|T
n|A molecular ion appears at m/z 72 and the M+1 peak is 4.4% of its height. Estimate the number of carbon atoms in the molecule. (13C abundance 1.1%)|4
n|Calculate the monoisotopic mass of C2H6O using 12C = 12.0000, 1H = 1.0078 and 16O = 15.9949.|46.0417
o|Explain how high-resolution mass spectrometry can distinguish CO, N2 and C2H4, which all have nominal mass 28.
c|mass spec: why does chlorine give two peaks 2 apart

## nuclear
m|Which nuclide has one of the highest binding energies per nucleon?|56Fe|235U|4He|2H
m|In beta-minus decay,|a neutron becomes a proton, emitting an electron and an antineutrino|a proton becomes a neutron, emitting a positron|the nucleus emits a helium nucleus|the nucleus emits only a gamma ray
m|When 238U emits an alpha particle, the product is|234Th|234Pa|238Np|236U
m|Electron capture by 40K produces|40Ar|40Ca|36Cl|41K
m|The positron emitter 18F decays to|18O|18Ne|17F|19F
m|After three half-lives, what fraction of a radioactive sample remains?|1/8|1/3|1/6|1/9
m|Nuclides with too many neutrons for stability usually decay by|beta-minus emission|positron emission|electron capture|alpha emission
m|In the nuclide symbol 13C, the number 13 is the|mass number (protons plus neutrons)|atomic number|number of neutrons|number of electrons
m|How many neutrons are in a 55Mn nucleus (Z = 25)?|30|25|55|80
m|How many neutrons are in a 43Ca nucleus (Z = 20)?|23|20|43|63
m|Which radiation is stopped by a sheet of paper?|Alpha particles|Beta particles|Gamma rays|Neutrons
m|Radiocarbon dating works because|living organisms keep exchanging carbon with the atmosphere, and 14C decays after death|14C is stable|12C is radioactive|the half-life of 14C is about 50 years
tf|Gamma emission changes neither the mass number nor the atomic number of a nucleus.|T
tf|Fission of heavy nuclei releases energy because the products have a higher binding energy per nucleon.|T
tf|The half-life of a radioactive nuclide depends strongly on temperature.|F
n|The mass defect of 4He is 0.0304 u. Calculate its binding energy per nucleon in MeV. (1 u = 931.5 MeV/c²)|about 7.08 MeV
n|The mass defect of 56Fe is 0.5285 u. Calculate its total binding energy and its binding energy per nucleon.|about 492 MeV; 8.79 MeV per nucleon
n|Technetium-99m has a half-life of 6.0 hours. What fraction of a sample remains after 24 hours?|1/16
n|A wood sample has 25% of the 14C activity of living wood. Taking the half-life of 14C as 5,730 years, estimate its age.|about 11,460 years
n|A nuclide has a decay constant of 0.0693 day-1. What is its half-life?|10 days
o|Explain the shape of the binding-energy-per-nucleon curve and how it accounts for energy release in both fission and fusion.
o|Write balanced nuclear equations for the alpha decay of 226Ra and the beta-minus decay of 14C.
c|how do i figure out what decay mode a nuclide will have from the n/p ratio
c|binding energy per nucleon calc, do i use the mass defect in u or kg
fb|Atoms of the same element with different numbers of neutrons are ________.|isotopes

## thermodynamics
m|The Boltzmann distribution gives the population ratio of two levels separated by ΔE as|exp(-ΔE/kT)|ΔE/kT|kT/ΔE|exp(+ΔE/kT)
m|The molecular partition function q is a measure of|the number of thermally accessible states at a given temperature|the total energy of the molecule|the number of atoms|the entropy per bond
m|Boltzmann's formula for entropy is|S = k ln W|S = q/T|S = kT ln q|S = H - G
m|At very high temperature, the partition function of a two-level system with nondegenerate levels approaches|2|1|0|infinity
m|Solid CO has residual entropy at 0 K because|each molecule can sit in one of two orientations in the crystal|CO is a gas at 0 K|its bonds keep vibrating|it has unpaired electrons
m|For an ideal gas expanding isothermally and reversibly from V1 to V2, the entropy change is|nR ln(V2/V1)|nR(V2 - V1)|zero|nCv ln(V2/V1)
m|The Clausius-Clapeyron equation relates|vapour pressure to temperature|reaction rate to concentration|pH to pKa|bond angle to hybridisation
m|For a phase transition at equilibrium at its normal transition temperature,|ΔG = 0|ΔH = 0|ΔS = 0|ΔU = 0
m|For one mole of an ideal gas, Cp - Cv equals|R|zero|2R|Cv
tf|The entropy of a system always increases in a spontaneous process.|F
tf|The standard enthalpy of formation of an element in its standard state is zero.|T
n|Calculate ΔS when 2.00 mol of an ideal gas expands isothermally and reversibly from 10.0 L to 40.0 L.|23.1 J K-1
n|Two energy levels are separated by 2.0 × 10^-21 J. Calculate the ratio of populations (upper/lower) at 300 K. (k = 1.381 × 10^-23 J K-1)|about 0.62
n|The enthalpy of vaporisation of water is 40.7 kJ mol-1 at 373 K. Calculate the entropy of vaporisation.|109 J K-1 mol-1
n|Using ΔfH° values (kJ/mol) CH4 -74.8, CO2 -393.5 and H2O(l) -285.8, calculate the standard enthalpy of combustion of methane.|-890.3 kJ/mol
n|A liquid has a vapour pressure of 100 torr at 300 K and 400 torr at 340 K. Estimate its enthalpy of vaporisation.|about 29.4 kJ/mol
o|Explain why the entropy of a gas increases with temperature in terms of accessible microstates.
o|Use the Boltzmann distribution to explain why an NMR signal becomes stronger at lower temperature.
c|stat thermo: what even is a partition function in normal words
c|hess's law cycle help, i keep getting the sign wrong
fb|A property that depends only on the current state of a system, not on how it got there, is a state ________.|function

## kinetics
m|For a second-order reaction with one reactant, which plot against time is linear?|1/[A]|ln[A]|[A]|[A]²
m|The units of a first-order rate constant are|s-1|M s-1|M-1 s-1|M-2 s-1
m|The rate-determining step of a mechanism is|the slowest step|the fastest step|always the first step|the step with the lowest activation energy
m|In the steady-state approximation, the concentration of a reactive intermediate is assumed to be|approximately constant|zero at all times|equal to the reactant concentration|increasing exponentially
m|A reaction's rate doubles when [A] doubles and does not change when [B] doubles. The rate law is|rate = k[A]|rate = k[A][B]|rate = k[A]²|rate = k[B]
m|A pseudo-first-order condition is set up by|using a large excess of one reactant|removing the catalyst|cooling to 0 K|doubling every concentration
m|The pre-exponential factor A in the Arrhenius equation relates to|the frequency and orientation of collisions|the activation energy|the enthalpy change|the equilibrium constant
m|An elementary bimolecular step A + B → products has the rate law|rate = k[A][B]|rate = k[A]²[B]|rate = k|rate = k[A]
tf|The rate of a zero-order reaction does not depend on the reactant concentration.|T
tf|The activation energy can be found from the slope of a plot of ln k against T.|F
n|A first-order reaction has a half-life of 45 s. How long does it take for 87.5% of the reactant to be consumed?|135 s
n|For 2NO + O2 → 2NO2: with [NO] = 0.010 M and [O2] = 0.010 M the rate is 2.5 × 10^-5 M s-1; doubling [NO] gives 1.0 × 10^-4 M s-1; doubling [O2] instead gives 5.0 × 10^-5 M s-1. Find the rate law and k.|rate = k[NO]²[O2]; k = 25 M-2 s-1
n|A reaction has Ea = 75 kJ mol-1. By what factor does its rate constant increase between 25 °C and 35 °C?|about 2.7
n|The second-order rate constant for 2NO2 → 2NO + O2 is 0.54 M-1 s-1. Starting from [NO2] = 0.10 M, calculate the first half-life.|18.5 s
o|Explain the difference between the molecularity of an elementary step and the overall order of a reaction.
o|Describe how flash photolysis can be used to study very fast reactions.
c|how do i get the order of reaction from an initial rates table
c|integrated rate laws, which plot is linear for which order again??
fb|A species formed in one step of a mechanism and used up in a later step is a reaction ________.|intermediate

## equilibrium
m|For CaCO3(s) ⇌ CaO(s) + CO2(g), the equilibrium constant Kp equals|the partial pressure of CO2|pCaO × pCO2 / pCaCO3|1|the total pressure
m|If the reaction quotient Q is less than K,|the reaction proceeds forward to form more products|the reaction proceeds in reverse|the system is at equilibrium|the reaction stops
m|For an exothermic reaction, raising the temperature|decreases K|increases K|leaves K unchanged|makes K negative
m|Adding an inert gas at constant volume to an equilibrium gas mixture|does not shift the equilibrium|shifts it toward fewer moles of gas|shifts it toward more moles of gas|changes K
m|The solubility product of AgCl is 1.8 × 10^-10. Its molar solubility in pure water is about|1.3 × 10^-5 M|1.8 × 10^-10 M|9 × 10^-11 M|3.6 × 10^-10 M
m|Compared with pure water, AgCl dissolved in 0.10 M NaCl is|much less soluble, because of the common-ion effect|much more soluble|equally soluble|completely insoluble
tf|A large equilibrium constant means that the reaction is fast.|F
n|For N2O4 ⇌ 2NO2, Kc = 4.6 × 10^-3 at 298 K. If [N2O4] = 0.040 M at equilibrium, calculate [NO2].|1.36 × 10^-2 M
n|The Ksp of CaF2 is 3.9 × 10^-11. Calculate its molar solubility.|2.1 × 10^-4 M
n|ΔG° for a reaction is -11.4 kJ mol-1 at 298 K. Calculate K.|about 99
n|K for a reaction is 2.0 × 10^3 at 300 K and 5.0 × 10^2 at 350 K. Estimate ΔH° using the van 't Hoff equation.|about -24 kJ/mol
o|Use Le Chatelier's principle to explain the conditions chosen for the Haber process and the compromise involved.
c|when do i include solids in the K expression? never right?
fb|Le ________'s principle predicts how an equilibrium shifts when conditions change.|Chatelier

## acid-base
m|What is the pH of 0.010 M NaOH at 25 °C?|12|2|10|7
m|The pH at the equivalence point when a weak acid is titrated with a strong base is|above 7|exactly 7|below 7|always 4.7
m|A suitable indicator for titrating ethanoic acid with sodium hydroxide is|phenolphthalein (range about 8.2-10)|methyl orange (range about 3.1-4.4)|methyl red|none, because no indicator works
m|The pKa of a weak acid equals the pH|at the half-equivalence point|at the start of the titration|at the equivalence point|after excess base is added
m|Which hydrogen halide is the strongest acid in water?|HI|HF|HCl|HBr
m|The conjugate acid of NH3 is|NH4+|NH2-|N2H4|HNO3
tf|A concentrated solution of a weak acid can have a lower pH than a very dilute solution of a strong acid.|T
n|Calculate the pH of 0.10 M ethanoic acid. (Ka = 1.8 × 10^-5)|2.87
n|25.0 mL of 0.100 M HCl is titrated with 0.125 M NaOH. What volume of NaOH reaches the equivalence point?|20.0 mL
n|20.0 mL of 0.10 M ethanoic acid is mixed with 10.0 mL of 0.10 M NaOH. What is the pH? (pKa = 4.76)|4.76
n|What is [OH-] in a solution of pH 4.50 at 25 °C?|3.2 × 10^-10 M
n|A buffer contains 0.25 mol NH3 and 0.15 mol NH4Cl in 1.0 L. What is its pH? (pKa of NH4+ = 9.25)|9.47
o|Explain how a phosphate buffer resists changes in pH when small amounts of acid or base are added.
c|help with buffer calc, henderson hasselbalch, when do i use moles vs concentration
c|why is the pH at equivalence not 7 for weak acid strong base titration
fb|A species that can act as either an acid or a base, like water, is described as ________.|amphoteric

## analytical
m|Systematic error differs from random error in that it|shifts every result in the same direction and is not reduced by repeating measurements|averages out over many repeats|always comes from carelessness|can never be corrected
m|Reading a burette consistently from above eye level introduces|a systematic error|a random error|no error|an error only in the first reading
m|Averaging n scans improves the signal-to-noise ratio by a factor of|√n|n|n²|log n
m|An internal standard is added in chromatography to|correct for variations in injection volume and detector response|calibrate the pH meter|remove interferences|broaden the peaks
m|In the method of standard additions, known amounts of analyte are added|to portions of the sample itself, to correct for matrix effects|to a blank only|after the measurement|to the mobile phase
m|In gas chromatography, a compound's retention time depends mainly on|its volatility and its interaction with the stationary phase|its colour|the type of detector|the injection volume only
m|Which GC detector is most widely used for hydrocarbons?|Flame ionisation detector|UV absorbance detector|Glass electrode|Refractive index detector
m|In reversed-phase HPLC, the stationary phase is|nonpolar (such as C18) and the mobile phase is polar|polar and the mobile phase nonpolar|ionic|a gas
m|The limit of detection is often taken as the blank signal plus|three standard deviations of the blank|one standard deviation of the sample|the calibration slope|ten times the blank signal
m|The Q-test (Dixon's test) is used to|decide whether an outlying result can be rejected|calibrate a balance|measure a pipette's accuracy|compare two means
m|Which piece of glassware delivers a fixed volume most accurately?|A volumetric (bulb) pipette|A beaker|A measuring cylinder|A conical flask
m|An EDTA complexometric titration is used to determine|metal ions such as Ca2+ and Mg2+ (water hardness)|chloride ions|pH|dissolved oxygen directly
tf|Precision describes how close a result is to the true value.|F
tf|A blank is analysed to correct for any signal not due to the analyte.|T
n|Five replicate titres were 24.15, 24.20, 24.10, 24.25 and 24.20 mL. Calculate the mean and the standard deviation.|mean 24.18 mL; s = 0.057 mL
n|A spectrum averaged over 25 scans has a signal-to-noise ratio of 20. How many scans are needed to reach a ratio of 60?|225
n|A UV-vis calibration line for iron has slope 0.205 L mg-1 and intercept 0.004. A sample gives absorbance 0.414. Calculate its iron concentration.|2.00 mg/L
n|In a GC run, the analyte peak area is 4,520 and the internal standard (0.50 mg/mL) peak area is 3,860. With a response factor of 1.10, what is the analyte concentration?|about 0.53 mg/mL
n|Calculate the relative standard deviation of the results 10.2, 10.4, 10.1 and 10.3 mg.|about 1.3%
n|Two chromatographic peaks have retention times of 8.40 and 9.10 min and base widths of 0.40 and 0.44 min. Calculate the resolution.|about 1.67
o|Distinguish between accuracy and precision, using a titration example.
o|Explain why an internal standard improves the precision of a GC analysis.
o|Describe how a calibration curve is constructed and used to find the concentration of an unknown.
c|random vs systematic error, my lab report keeps getting marked wrong on this
c|how does signal averaging help, why does noise go down with sqrt n
fb|The closeness of a measured value to the accepted true value is its ________.|accuracy

## electrochemistry
m|The potential of the standard hydrogen electrode is defined as|0.00 V|1.00 V|-0.76 V|0.34 V
m|A more positive standard reduction potential means a species is|a stronger oxidising agent|a stronger reducing agent|more easily oxidised|less likely to gain electrons
m|During electrolysis of concentrated aqueous NaCl, the main product at the anode is|chlorine|sodium|hydrogen|oxygen only
m|ΔG° and E°cell are related by|ΔG° = -nFE°|ΔG° = nFE°|ΔG° = -RT/E°|ΔG° = E°/nF
m|Attaching a block of magnesium protects a steel hull from corrosion because|magnesium is oxidised in preference to iron (sacrificial protection)|magnesium forms a paint layer|magnesium reduces oxygen faster|magnesium raises the potential of iron
m|When a lead-acid battery discharges, the substance formed at both electrodes is|PbSO4|PbO2|Pb|H2SO4
n|Calculate ΔG° for a cell with E° = 1.10 V and n = 2. (F = 96,485 C mol-1)|-212 kJ/mol
n|How long must a current of 3.00 A flow to deposit 5.00 g of copper from CuSO4 solution? (Cu = 63.5 g/mol)|about 5,070 s (84 min)
n|A Daniell cell has [Zn2+] = 0.010 M and [Cu2+] = 1.0 M. Calculate Ecell at 25 °C. (E° = 1.10 V)|1.16 V
tf|Reduction takes place at the cathode in both galvanic and electrolytic cells.|T
o|Explain how a hydrogen fuel cell generates electricity, giving both half-equations.
c|anode cathode which is positive, it keeps switching between galvanic and electrolytic?!
fb|The charge on one mole of electrons, about 96,485 C, is called the ________ constant.|Faraday

## inorganic
m|Which low-spin octahedral configuration has the largest crystal field stabilisation energy?|d6|d3|d10|d1
m|According to the spectrochemical series, which ligand gives the smallest splitting?|I-|NH3|CN-|CO
m|A strong Jahn-Teller distortion is expected for an octahedral complex of|Cu2+ (d9)|Zn2+ (d10)|Cr3+ (d3)|high-spin Mn2+ (d5)
m|What is the coordination number of cobalt in [Co(en)3]3+? (en = ethylenediamine)|6|3|4|9
m|[Pt(NH3)2Cl2] exists as cis and trans isomers because it is|square planar|tetrahedral|linear|octahedral
m|The oxidation state of iron in K4[Fe(CN)6] is|+2|+3|+4|+6
m|The violet colour of [Ti(H2O)6]3+ arises from|a d-d transition of its single d electron|charge transfer to water|nuclear spin transitions|vibrations of water ligands
m|Which diatomic molecule has a bond order of 1 and is diamagnetic according to MO theory?|F2|O2|B2|N2+
m|The chelate effect is|the extra stability of complexes with multidentate ligands compared with similar monodentate ones|the colour of chelates|the tendency of metals to rust|the formation of ionic lattices
m|In the MO description of CO, the HOMO is concentrated on|carbon, which is why CO binds metals through carbon|oxygen|both atoms equally|neither atom
tf|Zn2+ complexes are usually colourless because the d subshell is full.|T
tf|Square planar geometry is common for d8 ions such as Pt2+ with strong-field ligands.|T
n|Calculate the spin-only magnetic moment of high-spin [Fe(H2O)6]3+ (d5).|5.92 μB
n|[Co(NH3)6]3+ absorbs most strongly at 475 nm. Estimate Δo in kJ/mol.|about 252 kJ/mol
n|How many unpaired electrons does a tetrahedral Ni2+ (d8) complex have?|2
o|Use MO theory to explain why O2 is paramagnetic but N2 is not.
o|Explain how ligand field strength decides whether an octahedral d6 complex is high-spin or low-spin.
c|crystal field theory, how do i know if its high spin or low spin from the ligand?
fb|A ligand that binds a metal through two donor atoms is ________.|bidentate

## organic
m|An SN1 reaction at a stereocentre usually gives|a largely racemic product|complete inversion of configuration|complete retention|no substitution
m|Which solvent favours SN2 reactions?|A polar aprotic solvent such as DMSO|Water|Methanol|Hexane
m|Zaitsev's rule predicts that elimination gives mainly|the more substituted alkene|the less substituted alkene|an alkyne|an alcohol
m|A bulky base such as potassium tert-butoxide favours|the less substituted (Hofmann) alkene|the Zaitsev alkene|SN2 substitution|SN1 substitution
m|Enantiomers have|identical physical properties except the direction in which they rotate plane-polarised light|different boiling points|different molecular formulas|the same configuration at every stereocentre
m|A meso compound is|achiral despite having stereocentres, because of an internal mirror plane|always optically active|a racemic mixture|a constitutional isomer
m|With the lowest-priority group pointing away, the sequence of priorities 1→2→3 runs clockwise. The configuration is|R|S|E|Z
m|Markovnikov addition of HBr to an alkene puts the bromine on the|more substituted carbon|less substituted carbon|carbon bearing more hydrogens|oxygen atom
m|Hydroboration-oxidation of 1-methylcyclohexene gives mainly|the anti-Markovnikov alcohol by syn addition|the Markovnikov alcohol|an alkane|an epoxide
m|The aldol reaction forms a bond between|the alpha carbon of one carbonyl compound and the carbonyl carbon of another|two carboxylic acids|an amine and an ester|two alkenes
m|Methylmagnesium bromide reacts with a ketone, followed by aqueous workup, to give a|tertiary alcohol|primary alcohol|carboxylic acid|aldehyde
m|The Wittig reaction converts an aldehyde or ketone into|an alkene|an alcohol|an ester|an amine
m|Friedel-Crafts acylation of benzene uses an acyl chloride with|AlCl3 as a Lewis acid catalyst|NaOH|H2 over Pt|water
m|A nitro group on a benzene ring is|deactivating and meta-directing|activating and ortho/para-directing|deactivating and ortho/para-directing|activating and meta-directing
m|Which reagent reduces an ester to a primary alcohol?|LiAlH4|NaBH4 in water at room temperature|H2O|KMnO4
m|In the E1 mechanism, the rate-determining step is|formation of a carbocation|removal of a proton by the base|simultaneous bond breaking and forming|attack by a nucleophile
tf|SN2 reactions are fastest for tertiary alkyl halides.|F
tf|A racemic mixture does not rotate plane-polarised light.|T
tf|Carbocation stability increases in the order methyl < primary < secondary < tertiary.|T
n|How many stereoisomers are possible for 2,3,4-trihydroxybutanal?|4
n|A chiral compound at 0.10 g/mL in a 1.0 dm tube gives an observed rotation of +6.5°. Calculate its specific rotation.|+65°
n|A mixture of enantiomers has an enantiomeric excess of 80% in favour of R. What percentage of the mixture is R?|90%
o|Explain, with curly arrows, why tertiary halogenoalkanes react with water by SN1 rather than SN2.
o|Compare nucleophilic addition to carbonyl groups with electrophilic addition to alkenes.
o|Explain why phenol is more acidic than ethanol.
c|help with my orgo hw on SN2 vs SN1, how do i tell which one happens
c|R and S assignment, i can never do it when the H is pointing at me
c|why is benzene so stable, resonance or aromaticity or both??
fb|Molecules that are non-superimposable mirror images of each other are ________.|enantiomers

## general
m|What is the empirical formula of a compound containing 40.0% C, 6.7% H and 53.3% O by mass?|CH2O|C2H4O|CHO|C6H12O6
m|How many grams of NaCl are needed to make 250 mL of a 0.200 M solution? (NaCl = 58.44 g/mol)|2.92 g|11.7 g|5.84 g|0.0500 g
m|A gas at 2.00 atm and 27 °C is heated to 127 °C at constant volume. Its new pressure is|2.67 atm|9.41 atm|1.50 atm|4.00 atm
m|Graham's law states that the rate of effusion of a gas is|inversely proportional to the square root of its molar mass|proportional to its molar mass|independent of its molar mass|proportional to the square of the temperature
m|Which element has the highest first ionisation energy?|Helium|Neon|Hydrogen|Fluorine
m|The first ionisation energy of oxygen is lower than that of nitrogen because|pairing of electrons in one 2p orbital of oxygen adds repulsion|oxygen has fewer protons|oxygen has a larger radius|oxygen is a metal
m|Which ion is isoelectronic with neon?|Na+|K+|Cl-|Ca2+
m|The limiting reagent in a reaction is the one that|is used up first and so determines the amount of product|is present in the largest mass|acts as a catalyst|is left over at the end
m|What is the oxidation number of chromium in K2Cr2O7?|+6|+3|+7|+2
tf|Atomic radius increases down a group because outer electrons occupy shells further from the nucleus.|T
tf|Equal volumes of different ideal gases at the same temperature and pressure contain equal numbers of molecules.|T
n|Heating 10.0 g of CaCO3 gives 5.04 g of CaO. Calculate the percentage yield. (CaCO3 = 100.1, CaO = 56.1 g/mol)|about 90%
n|A 0.500 g sample of a gas occupies 0.260 L at 25 °C and 1.00 atm. Calculate its molar mass.|about 47 g/mol
n|What is the molality of a solution of 18.0 g glucose (180 g/mol) in 500 g of water?|0.200 mol/kg
n|Balance the equation: Al + O2 → Al2O3, and state how many moles of O2 react with 4 mol of Al.|4Al + 3O2 → 2Al2O3; 3 mol
o|Explain the trend in electronegativity across period 3.
o|Describe how to carry out an acid-base titration to find the concentration of a sodium hydroxide solution.
c|limiting reagent problems, how do i know which one runs out first
c|why does the ideal gas law fail at high pressure, im in gen chem 2
c|how do i balance redox equations in acid, the half equation method confuses me
fb|The number of particles in one mole, 6.022 × 10^23, is the ________ constant.|Avogadro
"""

LONG = r"""
analytical
Laboratory data question: determination of chloride in tap water

Four students each titrated 50.00 mL aliquots of the same tap water sample with 0.01000 M silver nitrate, using potassium chromate as the indicator (Mohr method). Their titres (mL) were:

Student A: 12.45, 12.50, 12.40, 12.45
Student B: 12.10, 12.85, 12.35, 12.60
Student C: 13.05, 13.10, 13.00, 13.05
Student D: 12.40, 12.45, 12.50, 12.45

The accepted chloride concentration, measured by ion chromatography, corresponds to a titre of 12.45 mL.

(a) Calculate the mean and standard deviation for each student.
(b) Which student's results are accurate but imprecise, and which are precise but inaccurate? Explain.
(c) Student C forgot to run an indicator blank. Explain how this could cause a systematic error and in which direction.
(d) Calculate the chloride concentration in mg/L from the accepted titre. (Cl = 35.45 g/mol)
(e) Suggest why ion chromatography is preferred for routine monitoring.
~~~
nmr
Problem (physical chemistry, spectroscopy unit)

A research group uses a spectrometer whose superconducting magnet has a field of 14.09 T.

1. Calculate the resonance frequency of 1H (γ = 2.675 × 10^8 T-1 s-1) and of 13C (γ = 6.728 × 10^7 T-1 s-1) in this magnet.
2. Calculate the energy separation of the 1H spin states and the ratio of populations of the upper and lower states at 298 K. Comment on what this means for the sensitivity of NMR.
3. The 90° pulse length for 1H is 8.0 µs. Calculate the strength of the B1 field.
4. A 13C spectrum has a signal-to-noise ratio of 6 after 256 scans. How many scans would be needed for a ratio of 30?
5. 14N has I = 1 and 15N has I = 1/2. Explain why 15N-labelled samples are often preferred for high-resolution NMR even though 15N has a low natural abundance.
~~~
epr
Data interpretation: EPR of a radical

A chemist generates an organic radical by photolysis and records its X-band EPR spectrum at 9.75 GHz. The spectrum is centred at 348.0 mT and shows 12 lines of roughly equal spacing. Careful analysis shows the pattern is a triplet of quartets, with the larger splitting of 1.65 mT and the smaller splitting of 0.42 mT.

(a) Calculate the g-value of the radical. (h = 6.626 × 10^-34 J s, μB = 9.274 × 10^-24 J T-1)
(b) Explain what a "triplet of quartets" tells you about the numbers of equivalent spin-1/2 nuclei coupled to the unpaired electron.
(c) Predict the relative intensities of the twelve lines.
(d) If one set of protons were replaced by deuterium (I = 1), how many lines would you then expect, assuming the deuterium coupling is too small to resolve?
(e) Explain why the g-value of organic radicals is usually very close to that of the free electron.
~~~
nuclear
Nuclear chemistry exam question

The radionuclide 131I (half-life 8.02 days) is produced in nuclear reactors and decays by beta-minus emission to a stable isotope of xenon.

(a) Write the nuclear equation for the decay, showing mass numbers and atomic numbers. (Z for I = 53)
(b) Calculate the decay constant of 131I in s-1.
(c) A sample has an activity of 2.0 MBq. Calculate the number of 131I atoms present.
(d) How long will it take for the activity to fall to 125 kBq?
(e) The atomic mass of 131I is 130.906 u and that of the xenon product is 130.905 u. Estimate the maximum energy released per decay in keV. (1 u = 931.5 MeV/c²)
(f) Explain why the beta particles emitted have a continuous range of energies rather than a single value.
~~~
quantum
Extended question: conjugated dyes and the particle in a box

The cyanine dye series has the general structure with a conjugated chain of alternating single and double bonds between two nitrogen atoms. In the free-electron model, the π electrons are treated as particles in a one-dimensional box whose length L is the length of the conjugated chain plus one bond length at each end.

For a dye with 8 π electrons, the box length is estimated as 1.12 nm.

1. State the energy expression for a particle in a one-dimensional box and define each symbol.
2. Using the Pauli principle, identify the HOMO and LUMO quantum numbers for 8 π electrons.
3. Calculate the wavelength of the HOMO-LUMO transition. (h = 6.626 × 10^-34 J s, me = 9.109 × 10^-31 kg, c = 2.998 × 10^8 m s-1)
4. Predict, with a reason, how the absorption wavelength changes when the chain is lengthened by two carbon atoms.
5. Suggest one physical reason why the model's prediction differs from the measured absorption maximum.
~~~
organic
Reading and questions: stereochemistry in the laboratory

A student treated (R)-2-bromobutane with sodium hydroxide in aqueous ethanol and isolated butan-2-ol. Polarimetry showed that the product was optically active, with a specific rotation opposite in sign to that of pure (R)-butan-2-ol. In a second experiment she used 2-bromo-2-methylbutane, a tertiary halide, with water alone and obtained a racemic alcohol mixed with some alkene.

(a) Name the mechanism that operates in each experiment and justify your choice.
(b) Draw the mechanism for the first experiment, showing the transition state and the stereochemistry of the product.
(c) Assign R or S to the butan-2-ol formed in the first experiment.
(d) Explain why the second experiment gives a racemic product.
(e) Explain why alkene is also formed in the second experiment and name the competing mechanism.
(f) Suggest how changing the solvent to acetone would affect the rate of the first reaction.
"""
