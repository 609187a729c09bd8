; ModuleID = 'deepseek_mla'
source_filename = "deepseek_mla"
target triple = "x86_64-unknown-linux-gnu"

@deepseek_mla.name = private unnamed_addr constant [13 x i8] c"deepseek_mla\00"
@deepseek_mla.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: deepseek_mla\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 192, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: latent, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 512, rope_dim: 64, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 61, d_model: 7168}\0A\00"
@deepseek_mla_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -5563823977153995433, ptr @deepseek_mla.name, ptr @deepseek_mla.spec, i32 128, i32 128, i32 192, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 0, float 0x3FB279A740000000, i32 3, i32 576, i32 64, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
@deepseek_mla_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @deepseek_mla_info_data, ptr @deepseek_mla_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 512, ptr @deepseek_mla_project }, align 8

; Function Attrs: nounwind
define internal void @deepseek_mla_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 512, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @deepseek_mla_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [36 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [55296 x i8], align 64
  %qt = alloca [73728 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 18874368
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow, label %done

done:                                             ; preds = %orow137, %entry
  ret void

qrow:                                             ; preds = %entry, %exit22
  %qrow1 = phi i32 [ %216, %exit22 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %h = add i32 %h_begin, %28
  %29 = mul i32 %kv_head, 128
  %hq = add i32 %29, %h
  %30 = sext i32 %qi to i64
  %31 = add i64 %q_row0, %30
  %32 = mul i64 %31, 128
  %33 = sext i32 %hq to i64
  %orow = add i64 %32, %33
  %34 = mul i64 %orow, 384
  %35 = getelementptr i8, ptr %q, i64 %34
  %36 = select i1 %24, float 0x3FBAA772A0000000, float 0.000000e+00
  %37 = insertelement <16 x float> poison, float %36, i32 0
  %splat = shufflevector <16 x float> %37, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %46, %body2 ]
  %38 = icmp slt i64 %chunk5, 8
  br i1 %38, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %39 = mul i64 %chunk5, 32
  %40 = getelementptr i8, ptr %35, i64 %39
  %41 = load <16 x i16>, ptr %40, align 2
  %42 = zext <16 x i16> %41 to <16 x i32>
  %43 = shl <16 x i32> %42, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %43 to <16 x float>
  %44 = fmul <16 x float> %bf16, %splat
  %45 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %44, ptr %45, align 64
  %46 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %47 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %47, align 64
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %50, align 64
  %51 = srem i64 %orow, 128
  %52 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %52, align 8
  %53 = mul i64 %51, 128
  %54 = getelementptr float, ptr %w_absorb, i64 %53
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %184, %exit12 ]
  %55 = icmp slt i64 %absorb9, 32
  br i1 %55, label %body6, label %rope

body6:                                            ; preds = %absorb
  %56 = mul i64 %absorb9, 16
  br label %absorb_out

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %101, %body10 ]
  %57 = icmp slt i64 %absorb_out13, 16
  br i1 %57, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %58 = add i64 %56, %absorb_out13
  %59 = call i64 @llvm.smin.i64(i64 %58, i64 511)
  %60 = mul i64 %59, 16384
  %61 = getelementptr float, ptr %54, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = load <16 x float>, ptr %qnope, align 64
  %64 = fmul <16 x float> %63, %62
  %65 = getelementptr float, ptr %61, i64 16
  %66 = load <16 x float>, ptr %65, align 4
  %67 = getelementptr <16 x float>, ptr %qnope, i64 1
  %68 = load <16 x float>, ptr %67, align 64
  %69 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %68, <16 x float> %66, <16 x float> %64)
  %70 = getelementptr float, ptr %61, i64 32
  %71 = load <16 x float>, ptr %70, align 4
  %72 = getelementptr <16 x float>, ptr %qnope, i64 2
  %73 = load <16 x float>, ptr %72, align 64
  %74 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %71, <16 x float> %69)
  %75 = getelementptr float, ptr %61, i64 48
  %76 = load <16 x float>, ptr %75, align 4
  %77 = getelementptr <16 x float>, ptr %qnope, i64 3
  %78 = load <16 x float>, ptr %77, align 64
  %79 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %78, <16 x float> %76, <16 x float> %74)
  %80 = getelementptr float, ptr %61, i64 64
  %81 = load <16 x float>, ptr %80, align 4
  %82 = getelementptr <16 x float>, ptr %qnope, i64 4
  %83 = load <16 x float>, ptr %82, align 64
  %84 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %83, <16 x float> %81, <16 x float> %79)
  %85 = getelementptr float, ptr %61, i64 80
  %86 = load <16 x float>, ptr %85, align 4
  %87 = getelementptr <16 x float>, ptr %qnope, i64 5
  %88 = load <16 x float>, ptr %87, align 64
  %89 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %88, <16 x float> %86, <16 x float> %84)
  %90 = getelementptr float, ptr %61, i64 96
  %91 = load <16 x float>, ptr %90, align 4
  %92 = getelementptr <16 x float>, ptr %qnope, i64 6
  %93 = load <16 x float>, ptr %92, align 64
  %94 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %93, <16 x float> %91, <16 x float> %89)
  %95 = getelementptr float, ptr %61, i64 112
  %96 = load <16 x float>, ptr %95, align 4
  %97 = getelementptr <16 x float>, ptr %qnope, i64 7
  %98 = load <16 x float>, ptr %97, align 64
  %99 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %98, <16 x float> %96, <16 x float> %94)
  %100 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %99, ptr %100, align 64
  %101 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %102 = load <16 x float>, ptr %dots, align 64
  %103 = getelementptr <16 x float>, ptr %dots, i64 1
  %104 = load <16 x float>, ptr %103, align 64
  %105 = shufflevector <16 x float> %102, <16 x float> %104, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %106 = shufflevector <16 x float> %102, <16 x float> %104, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %107 = fadd <16 x float> %105, %106
  %108 = getelementptr <16 x float>, ptr %dots, i64 2
  %109 = load <16 x float>, ptr %108, align 64
  %110 = getelementptr <16 x float>, ptr %dots, i64 3
  %111 = load <16 x float>, ptr %110, align 64
  %112 = shufflevector <16 x float> %109, <16 x float> %111, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %113 = shufflevector <16 x float> %109, <16 x float> %111, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %114 = fadd <16 x float> %112, %113
  %115 = shufflevector <16 x float> %107, <16 x float> %114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %116 = shufflevector <16 x float> %107, <16 x float> %114, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %117 = fadd <16 x float> %115, %116
  %118 = getelementptr <16 x float>, ptr %dots, i64 4
  %119 = load <16 x float>, ptr %118, align 64
  %120 = getelementptr <16 x float>, ptr %dots, i64 5
  %121 = load <16 x float>, ptr %120, align 64
  %122 = shufflevector <16 x float> %119, <16 x float> %121, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %123 = shufflevector <16 x float> %119, <16 x float> %121, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %124 = fadd <16 x float> %122, %123
  %125 = getelementptr <16 x float>, ptr %dots, i64 6
  %126 = load <16 x float>, ptr %125, align 64
  %127 = getelementptr <16 x float>, ptr %dots, i64 7
  %128 = load <16 x float>, ptr %127, align 64
  %129 = shufflevector <16 x float> %126, <16 x float> %128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %130 = shufflevector <16 x float> %126, <16 x float> %128, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %131 = fadd <16 x float> %129, %130
  %132 = shufflevector <16 x float> %124, <16 x float> %131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %133 = shufflevector <16 x float> %124, <16 x float> %131, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %134 = fadd <16 x float> %132, %133
  %135 = shufflevector <16 x float> %117, <16 x float> %134, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %136 = shufflevector <16 x float> %117, <16 x float> %134, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %137 = fadd <16 x float> %135, %136
  %138 = getelementptr <16 x float>, ptr %dots, i64 8
  %139 = load <16 x float>, ptr %138, align 64
  %140 = getelementptr <16 x float>, ptr %dots, i64 9
  %141 = load <16 x float>, ptr %140, align 64
  %142 = shufflevector <16 x float> %139, <16 x float> %141, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %143 = shufflevector <16 x float> %139, <16 x float> %141, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %144 = fadd <16 x float> %142, %143
  %145 = getelementptr <16 x float>, ptr %dots, i64 10
  %146 = load <16 x float>, ptr %145, align 64
  %147 = getelementptr <16 x float>, ptr %dots, i64 11
  %148 = load <16 x float>, ptr %147, align 64
  %149 = shufflevector <16 x float> %146, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %150 = shufflevector <16 x float> %146, <16 x float> %148, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %151 = fadd <16 x float> %149, %150
  %152 = shufflevector <16 x float> %144, <16 x float> %151, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %153 = shufflevector <16 x float> %144, <16 x float> %151, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %154 = fadd <16 x float> %152, %153
  %155 = getelementptr <16 x float>, ptr %dots, i64 12
  %156 = load <16 x float>, ptr %155, align 64
  %157 = getelementptr <16 x float>, ptr %dots, i64 13
  %158 = load <16 x float>, ptr %157, align 64
  %159 = shufflevector <16 x float> %156, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %156, <16 x float> %158, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %161 = fadd <16 x float> %159, %160
  %162 = getelementptr <16 x float>, ptr %dots, i64 14
  %163 = load <16 x float>, ptr %162, align 64
  %164 = getelementptr <16 x float>, ptr %dots, i64 15
  %165 = load <16 x float>, ptr %164, align 64
  %166 = shufflevector <16 x float> %163, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %167 = shufflevector <16 x float> %163, <16 x float> %165, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = fadd <16 x float> %166, %167
  %169 = shufflevector <16 x float> %161, <16 x float> %168, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %170 = shufflevector <16 x float> %161, <16 x float> %168, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %171 = fadd <16 x float> %169, %170
  %172 = shufflevector <16 x float> %154, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %173 = shufflevector <16 x float> %154, <16 x float> %171, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %174 = fadd <16 x float> %172, %173
  %175 = shufflevector <16 x float> %137, <16 x float> %174, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %176 = shufflevector <16 x float> %137, <16 x float> %174, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %177 = fadd <16 x float> %175, %176
  %178 = trunc i64 %56 to i32
  %179 = insertelement <16 x i32> poison, i32 %178, i32 0
  %splat14 = shufflevector <16 x i32> %179, <16 x i32> poison, <16 x i32> zeroinitializer
  %180 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %181 = icmp slt <16 x i32> %180, <i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512>
  %182 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %183 = select <16 x i1> %181, <16 x float> %177, <16 x float> zeroinitializer
  store <16 x float> %183, ptr %182, align 64
  %184 = add nsw i64 %absorb9, 1
  br label %absorb

rope:                                             ; preds = %absorb, %body15
  %rope18 = phi i64 [ %196, %body15 ], [ 0, %absorb ]
  %185 = icmp slt i64 %rope18, 64
  br i1 %185, label %body15, label %exit17

body15:                                           ; preds = %rope
  %186 = add i64 %rope18, 128
  %187 = mul i64 %186, 2
  %188 = getelementptr i8, ptr %35, i64 %187
  %189 = call <16 x i16> @llvm.masked.load.v16i16.p0(ptr %188, i32 2, <16 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x i16> zeroinitializer)
  %190 = zext <16 x i16> %189 to <16 x i32>
  %191 = shl <16 x i32> %190, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1619 = bitcast <16 x i32> %191 to <16 x float>
  %192 = extractelement <16 x float> %bf1619, i32 0
  %193 = add i64 %rope18, 512
  %194 = getelementptr float, ptr %rowbuf, i64 %193
  %195 = fmul float %192, %36
  store float %195, ptr %194, align 4
  %196 = add nsw i64 %rope18, 1
  br label %rope

exit17:                                           ; preds = %rope
  %197 = sext i32 %qrow1 to i64
  %198 = getelementptr i32, ptr %lims, i64 %197
  %199 = add i32 %q_pos0, %qi
  %200 = add i32 %199, 1
  %201 = call i32 @llvm.smin.i32(i32 %200, i32 %k_end)
  store i32 %201, ptr %198, align 4
  %202 = sdiv i32 %qrow1, 32
  %203 = sext i32 %202 to i64
  %204 = mul i64 %203, 18432
  %205 = getelementptr i32, ptr %qt, i64 %204
  %206 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body20, %exit17
  %qcol23 = phi i32 [ 0, %exit17 ], [ %215, %body20 ]
  %207 = icmp slt i32 %qcol23, 576
  br i1 %207, label %body20, label %exit22

body20:                                           ; preds = %qcol
  %208 = sext i32 %qcol23 to i64
  %209 = getelementptr i32, ptr %rowbuf, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = sext i32 %206 to i64
  %212 = mul i64 %208, 32
  %213 = add i64 %212, %211
  %214 = getelementptr i32, ptr %205, i64 %213
  store float %210, ptr %214, align 4
  %215 = add nsw i32 %qcol23, 1
  br label %qcol

exit22:                                           ; preds = %qcol
  %216 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body24
  %otzero27 = phi i32 [ %221, %body24 ], [ 0, %qrow ]
  %217 = icmp slt i32 %otzero27, 1024
  br i1 %217, label %body24, label %exit26

body24:                                           ; preds = %otzero
  %218 = sext i32 %otzero27 to i64
  %219 = mul i64 %218, 16
  %220 = getelementptr i32, ptr %ot, i64 %219
  store <16 x float> zeroinitializer, ptr %220, align 64
  %221 = add nsw i32 %otzero27, 1
  br label %otzero

exit26:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %222 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %222, align 64
  %223 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %223, align 64
  %224 = sub i32 %nrows, 1
  %225 = sdiv i32 %224, %nh
  %226 = add i32 %q_begin, %225
  %227 = add i32 %q_pos0, %226
  %228 = add i32 %227, 1
  %229 = call i32 @llvm.smin.i32(i32 %228, i32 %k_end)
  %k_last = sub i32 %229, 1
  br label %ktile

ktile:                                            ; preds = %exit55, %exit26
  %ktile31 = phi i32 [ %k_begin, %exit26 ], [ %295, %exit55 ]
  %230 = icmp slt i32 %ktile31, %229
  br i1 %230, label %body28, label %exit30

body28:                                           ; preds = %ktile
  %231 = sub i32 %229, %ktile31
  %232 = call i32 @llvm.smin.i32(i32 12, i32 %231)
  %233 = add i32 %232, 11
  %234 = sdiv i32 %233, 12
  %235 = mul i32 %234, 12
  br label %kpack

exit30:                                           ; preds = %ktile
  %236 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %236, ptr %ms, align 64
  %237 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %237, ptr %ls, align 64
  %238 = getelementptr float, ptr %ms, i64 16
  %239 = load <16 x float>, ptr %222, align 64
  store <16 x float> %239, ptr %238, align 64
  %240 = getelementptr float, ptr %ls, i64 16
  %241 = load <16 x float>, ptr %223, align 64
  store <16 x float> %241, ptr %240, align 64
  br label %orow137

kpack:                                            ; preds = %exit39, %body28
  %kpack35 = phi i32 [ 0, %body28 ], [ %261, %exit39 ]
  %242 = icmp slt i32 %kpack35, %235
  br i1 %242, label %body32, label %vpack

body32:                                           ; preds = %kpack
  %243 = add i32 %ktile31, %kpack35
  %244 = call i32 @llvm.smin.i32(i32 %243, i32 %k_last)
  %245 = sext i32 %244 to i64
  %row = add i64 %21, %245
  %246 = mul i64 %row, 1152
  %247 = getelementptr i8, ptr %20, i64 %246
  %248 = sext i32 %kpack35 to i64
  %249 = mul i64 %248, 576
  %250 = getelementptr i32, ptr %kbuf, i64 %249
  br label %chunk36

chunk36:                                          ; preds = %body37, %body32
  %chunk40 = phi i64 [ 0, %body32 ], [ %260, %body37 ]
  %251 = icmp slt i64 %chunk40, 36
  br i1 %251, label %body37, label %exit39

body37:                                           ; preds = %chunk36
  %252 = mul i64 %chunk40, 16
  %253 = mul i64 %252, 4
  %254 = mul i64 %252, 2
  %255 = getelementptr i8, ptr %247, i64 %254
  %256 = load <16 x i16>, ptr %255, align 2
  %257 = zext <16 x i16> %256 to <16 x i32>
  %258 = shl <16 x i32> %257, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %258 to <16 x float>
  %259 = getelementptr i8, ptr %250, i64 %253
  store <16 x float> %bf1641, ptr %259, align 64
  %260 = add nsw i64 %chunk40, 1
  br label %chunk36

exit39:                                           ; preds = %chunk36
  %261 = add nsw i32 %kpack35, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit50
  %vpack45 = phi i32 [ %281, %exit50 ], [ 0, %kpack ]
  %262 = icmp slt i32 %vpack45, %232
  br i1 %262, label %body42, label %exit44

body42:                                           ; preds = %vpack
  %263 = add i32 %ktile31, %vpack45
  %264 = sext i32 %263 to i64
  %row46 = add i64 %21, %264
  %265 = mul i64 %row46, 1152
  %266 = getelementptr i8, ptr %20, i64 %265
  %267 = sext i32 %vpack45 to i64
  %268 = mul i64 %267, 512
  %269 = getelementptr i32, ptr %vbuf, i64 %268
  br label %chunk47

exit44:                                           ; preds = %vpack
  %270 = add i32 %nrows, 31
  %nblk = sdiv i32 %270, 32
  br label %rblock

chunk47:                                          ; preds = %body48, %body42
  %chunk51 = phi i64 [ 0, %body42 ], [ %280, %body48 ]
  %271 = icmp slt i64 %chunk51, 32
  br i1 %271, label %body48, label %exit50

body48:                                           ; preds = %chunk47
  %272 = mul i64 %chunk51, 16
  %273 = mul i64 %272, 4
  %274 = mul i64 %272, 2
  %275 = getelementptr i8, ptr %266, i64 %274
  %276 = load <16 x i16>, ptr %275, align 2
  %277 = zext <16 x i16> %276 to <16 x i32>
  %278 = shl <16 x i32> %277, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %278 to <16 x float>
  %279 = getelementptr i8, ptr %269, i64 %273
  store <16 x float> %bf1652, ptr %279, align 64
  %280 = add nsw i64 %chunk51, 1
  br label %chunk47

exit50:                                           ; preds = %chunk47
  %281 = add nsw i32 %vpack45, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit44
  %rblock56 = phi i32 [ 0, %exit44 ], [ %307, %join ]
  %282 = icmp slt i32 %rblock56, %nblk
  br i1 %282, label %body53, label %exit55

body53:                                           ; preds = %rblock
  %283 = sext i32 %rblock56 to i64
  %284 = mul i32 %rblock56, 32
  %285 = add i32 %284, 31
  %286 = call i32 @llvm.smin.i32(i32 %285, i32 %224)
  %287 = sdiv i32 %286, %nh
  %288 = add i32 %q_begin, %287
  %289 = add i32 %q_pos0, %288
  %290 = add i32 %289, 1
  %291 = call i32 @llvm.smin.i32(i32 %290, i32 %k_end)
  %292 = sub i32 %291, %ktile31
  %293 = call i32 @llvm.smin.i32(i32 %232, i32 %292)
  %294 = icmp sgt i32 %293, 0
  br i1 %294, label %rvisit, label %join

exit55:                                           ; preds = %rblock
  %295 = add nsw i32 %ktile31, 12
  br label %ktile

rvisit:                                           ; preds = %body53
  %296 = mul i64 %283, 18432
  %297 = getelementptr i32, ptr %qt, i64 %296
  %298 = mul i64 %283, 16384
  %299 = getelementptr i32, ptr %ot, i64 %298
  %300 = mul i64 %283, 2
  %301 = getelementptr <16 x float>, ptr %mv, i64 %300
  %302 = getelementptr <16 x float>, ptr %lv, i64 %300
  %303 = mul i64 %283, 32
  %304 = getelementptr i32, ptr %lims, i64 %303
  %limv = load <16 x i32>, ptr %304, align 64
  %305 = add i64 %303, 16
  %306 = getelementptr i32, ptr %lims, i64 %305
  %limv57 = load <16 x i32>, ptr %306, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body53
  %307 = add nsw i32 %rblock56, 1
  br label %rblock

sblock:                                           ; preds = %exit64, %rvisit
  %sblock61 = phi i32 [ 0, %rvisit ], [ %391, %exit64 ]
  %308 = icmp slt i32 %sblock61, %293
  br i1 %308, label %body58, label %smask

body58:                                           ; preds = %sblock
  %309 = sext i32 %sblock61 to i64
  %310 = mul i64 %309, 576
  %311 = getelementptr i32, ptr %kbuf, i64 %310
  br label %sdim

sdim:                                             ; preds = %body62, %body58
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %364, %body62 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %363, %body62 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %360, %body62 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %359, %body62 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %356, %body62 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %355, %body62 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %352, %body62 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %351, %body62 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %348, %body62 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %347, %body62 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %344, %body62 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %343, %body62 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %340, %body62 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %339, %body62 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %336, %body62 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %335, %body62 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %332, %body62 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %331, %body62 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %328, %body62 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %327, %body62 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %324, %body62 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %323, %body62 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %320, %body62 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %319, %body62 ]
  %sdim65 = phi i32 [ 0, %body58 ], [ %365, %body62 ]
  %312 = icmp slt i32 %sdim65, 576
  br i1 %312, label %body62, label %exit64

body62:                                           ; preds = %sdim
  %313 = sext i32 %sdim65 to i64
  %314 = mul i64 %313, 32
  %315 = getelementptr i32, ptr %297, i64 %314
  %qt66 = load <16 x float>, ptr %315, align 64
  %316 = getelementptr i32, ptr %315, i64 16
  %qt67 = load <16 x float>, ptr %316, align 64
  %317 = getelementptr i32, ptr %311, i64 %313
  %k = load float, ptr %317, align 4
  %318 = insertelement <16 x float> poison, float %k, i32 0
  %splat68 = shufflevector <16 x float> %318, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat68, <16 x float> %sacc.sroa.0.0)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat68, <16 x float> %sacc.sroa.4.0)
  %321 = getelementptr i32, ptr %317, i64 576
  %k69 = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat70, <16 x float> %sacc.sroa.8.0)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat70, <16 x float> %sacc.sroa.12.0)
  %325 = getelementptr i32, ptr %317, i64 1152
  %k71 = load float, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat72, <16 x float> %sacc.sroa.16.0)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat72, <16 x float> %sacc.sroa.20.0)
  %329 = getelementptr i32, ptr %317, i64 1728
  %k73 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat74, <16 x float> %sacc.sroa.24.0)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat74, <16 x float> %sacc.sroa.28.0)
  %333 = getelementptr i32, ptr %317, i64 2304
  %k75 = load float, ptr %333, align 4
  %334 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat76, <16 x float> %sacc.sroa.32.0)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat76, <16 x float> %sacc.sroa.36.0)
  %337 = getelementptr i32, ptr %317, i64 2880
  %k77 = load float, ptr %337, align 4
  %338 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat78, <16 x float> %sacc.sroa.40.0)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat78, <16 x float> %sacc.sroa.44.0)
  %341 = getelementptr i32, ptr %317, i64 3456
  %k79 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat80, <16 x float> %sacc.sroa.48.0)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat80, <16 x float> %sacc.sroa.52.0)
  %345 = getelementptr i32, ptr %317, i64 4032
  %k81 = load float, ptr %345, align 4
  %346 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %346, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat82, <16 x float> %sacc.sroa.56.0)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat82, <16 x float> %sacc.sroa.60.0)
  %349 = getelementptr i32, ptr %317, i64 4608
  %k83 = load float, ptr %349, align 4
  %350 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat84, <16 x float> %sacc.sroa.64.0)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat84, <16 x float> %sacc.sroa.68.0)
  %353 = getelementptr i32, ptr %317, i64 5184
  %k85 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat86, <16 x float> %sacc.sroa.72.0)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat86, <16 x float> %sacc.sroa.76.0)
  %357 = getelementptr i32, ptr %317, i64 5760
  %k87 = load float, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %k87, i32 0
  %splat88 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat88, <16 x float> %sacc.sroa.80.0)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat88, <16 x float> %sacc.sroa.84.0)
  %361 = getelementptr i32, ptr %317, i64 6336
  %k89 = load float, ptr %361, align 4
  %362 = insertelement <16 x float> poison, float %k89, i32 0
  %splat90 = shufflevector <16 x float> %362, <16 x float> poison, <16 x i32> zeroinitializer
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat90, <16 x float> %sacc.sroa.88.0)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat90, <16 x float> %sacc.sroa.92.0)
  %365 = add nsw i32 %sdim65, 1
  br label %sdim

exit64:                                           ; preds = %sdim
  %366 = mul i64 %309, 32
  %367 = getelementptr i32, ptr %st, i64 %366
  store <16 x float> %sacc.sroa.0.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %367, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %367, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %367, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %367, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %367, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %367, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %367, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %367, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %367, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %367, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %367, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %367, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %367, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %367, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %367, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %367, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %367, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %367, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %385, align 64
  %386 = getelementptr i32, ptr %367, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %386, align 64
  %387 = getelementptr i32, ptr %367, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %387, align 64
  %388 = getelementptr i32, ptr %367, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %388, align 64
  %389 = getelementptr i32, ptr %367, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %389, align 64
  %390 = getelementptr i32, ptr %367, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %390, align 64
  %391 = add nsw i32 %sblock61, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body91
  %tmax.sroa.4.0 = phi <16 x float> [ %405, %body91 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %400, %body91 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask94 = phi i32 [ %406, %body91 ], [ 0, %sblock ]
  %392 = icmp slt i32 %smask94, %293
  br i1 %392, label %body91, label %exit93

body91:                                           ; preds = %smask
  %393 = add i32 %ktile31, %smask94
  %394 = insertelement <16 x i32> poison, i32 %393, i32 0
  %splat95 = shufflevector <16 x i32> %394, <16 x i32> poison, <16 x i32> zeroinitializer
  %395 = sext i32 %smask94 to i64
  %396 = mul i64 %395, 32
  %397 = getelementptr i32, ptr %st, i64 %396
  %s = load <16 x float>, ptr %397, align 64
  %398 = icmp slt <16 x i32> %splat95, %limv
  %399 = select <16 x i1> %398, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %399, ptr %397, align 64
  %400 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %399)
  %401 = add i64 %396, 16
  %402 = getelementptr i32, ptr %st, i64 %401
  %s96 = load <16 x float>, ptr %402, align 64
  %403 = icmp slt <16 x i32> %splat95, %limv57
  %404 = select <16 x i1> %403, <16 x float> %s96, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %404, ptr %402, align 64
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %404)
  %406 = add nsw i32 %smask94, 1
  br label %smask

exit93:                                           ; preds = %smask
  %m = load <16 x float>, ptr %301, align 64
  %407 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %408 = fcmp oeq <16 x float> %407, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse97 = select <16 x i1> %408, <16 x float> zeroinitializer, <16 x float> %407
  %409 = fsub <16 x float> %m, %muse97
  %410 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %409, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %411 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %410, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %412 = fadd <16 x float> %411, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %412, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %411, %n
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %419 = fptosi <16 x float> %n to <16 x i32>
  %420 = add <16 x i32> %419, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %421 = shl <16 x i32> %420, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %422 = bitcast <16 x i32> %421 to <16 x float>
  %exp2 = fmul <16 x float> %418, %422
  store <16 x float> %407, ptr %301, align 64
  %423 = getelementptr <16 x float>, ptr %301, i64 1
  %m98 = load <16 x float>, ptr %423, align 64
  %424 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m98, <16 x float> %tmax.sroa.4.0)
  %425 = fcmp oeq <16 x float> %424, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse99 = select <16 x i1> %425, <16 x float> zeroinitializer, <16 x float> %424
  %426 = fsub <16 x float> %m98, %muse99
  %427 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %426, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %428 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %427, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %429 = fadd <16 x float> %428, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n100 = fsub <16 x float> %429, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f101 = fsub <16 x float> %428, %n100
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f101, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f101, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f101, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f101, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f101, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f101, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %436 = fptosi <16 x float> %n100 to <16 x i32>
  %437 = add <16 x i32> %436, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %438 = shl <16 x i32> %437, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %439 = bitcast <16 x i32> %438 to <16 x float>
  %exp2102 = fmul <16 x float> %435, %439
  store <16 x float> %424, ptr %423, align 64
  br label %sexp

sexp:                                             ; preds = %body103, %exit93
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit93 ], [ %477, %body103 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit93 ], [ %459, %body103 ]
  %sexp106 = phi i32 [ 0, %exit93 ], [ %478, %body103 ]
  %440 = icmp slt i32 %sexp106, %293
  br i1 %440, label %body103, label %exit105

body103:                                          ; preds = %sexp
  %441 = sext i32 %sexp106 to i64
  %442 = mul i64 %441, 32
  %443 = getelementptr i32, ptr %st, i64 %442
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fsub <16 x float> %444, %muse97
  %446 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %445, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %447 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %446, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %448 = fadd <16 x float> %447, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n107 = fsub <16 x float> %448, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f108 = fsub <16 x float> %447, %n107
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f108, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f108, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f108, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f108, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f108, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f108, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %455 = fptosi <16 x float> %n107 to <16 x i32>
  %456 = add <16 x i32> %455, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %457 = shl <16 x i32> %456, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %458 = bitcast <16 x i32> %457 to <16 x float>
  %exp2109 = fmul <16 x float> %454, %458
  store <16 x float> %exp2109, ptr %443, align 64
  %459 = fadd <16 x float> %lsum.sroa.0.0, %exp2109
  %460 = add i64 %442, 16
  %461 = getelementptr i32, ptr %st, i64 %460
  %462 = load <16 x float>, ptr %461, align 64
  %463 = fsub <16 x float> %462, %muse99
  %464 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %463, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %465 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %464, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %466 = fadd <16 x float> %465, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n110 = fsub <16 x float> %466, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f111 = fsub <16 x float> %465, %n110
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f111, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f111, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f111, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f111, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f111, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f111, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %473 = fptosi <16 x float> %n110 to <16 x i32>
  %474 = add <16 x i32> %473, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %475 = shl <16 x i32> %474, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %476 = bitcast <16 x i32> %475 to <16 x float>
  %exp2112 = fmul <16 x float> %472, %476
  store <16 x float> %exp2112, ptr %461, align 64
  %477 = fadd <16 x float> %lsum.sroa.4.0, %exp2112
  %478 = add nsw i32 %sexp106, 1
  br label %sexp

exit105:                                          ; preds = %sexp
  %479 = load <16 x float>, ptr %302, align 64
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %479, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %480, ptr %302, align 64
  %481 = getelementptr <16 x float>, ptr %302, i64 1
  %482 = load <16 x float>, ptr %481, align 64
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %482, <16 x float> %exp2102, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %483, ptr %481, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit119, %exit105
  %pvblock116 = phi i32 [ 0, %exit105 ], [ %577, %exit119 ]
  %484 = icmp slt i32 %pvblock116, 64
  br i1 %484, label %body113, label %join

body113:                                          ; preds = %pvblock
  %485 = mul i32 %pvblock116, 8
  %486 = sext i32 %485 to i64
  %487 = mul i64 %486, 32
  %488 = getelementptr i32, ptr %299, i64 %487
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %exp2
  %491 = getelementptr i32, ptr %488, i64 16
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %exp2102
  %494 = getelementptr i32, ptr %488, i64 32
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %exp2
  %497 = getelementptr i32, ptr %488, i64 48
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %exp2102
  %500 = getelementptr i32, ptr %488, i64 64
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %exp2
  %503 = getelementptr i32, ptr %488, i64 80
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %exp2102
  %506 = getelementptr i32, ptr %488, i64 96
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %exp2
  %509 = getelementptr i32, ptr %488, i64 112
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %exp2102
  %512 = getelementptr i32, ptr %488, i64 128
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %exp2
  %515 = getelementptr i32, ptr %488, i64 144
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %exp2102
  %518 = getelementptr i32, ptr %488, i64 160
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %exp2
  %521 = getelementptr i32, ptr %488, i64 176
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %exp2102
  %524 = getelementptr i32, ptr %488, i64 192
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %exp2
  %527 = getelementptr i32, ptr %488, i64 208
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %exp2102
  %530 = getelementptr i32, ptr %488, i64 224
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %exp2
  %533 = getelementptr i32, ptr %488, i64 240
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %exp2102
  br label %kpv

kpv:                                              ; preds = %body117, %body113
  %o.sroa.44.0 = phi <16 x float> [ %523, %body113 ], [ %567, %body117 ]
  %o.sroa.40.0 = phi <16 x float> [ %520, %body113 ], [ %566, %body117 ]
  %o.sroa.36.0 = phi <16 x float> [ %517, %body113 ], [ %563, %body117 ]
  %o.sroa.32.0 = phi <16 x float> [ %514, %body113 ], [ %562, %body117 ]
  %o.sroa.28.0 = phi <16 x float> [ %511, %body113 ], [ %559, %body117 ]
  %o.sroa.24.0 = phi <16 x float> [ %508, %body113 ], [ %558, %body117 ]
  %o.sroa.20.0 = phi <16 x float> [ %505, %body113 ], [ %555, %body117 ]
  %o.sroa.16.0 = phi <16 x float> [ %502, %body113 ], [ %554, %body117 ]
  %o.sroa.12.0 = phi <16 x float> [ %499, %body113 ], [ %551, %body117 ]
  %o.sroa.8.0 = phi <16 x float> [ %496, %body113 ], [ %550, %body117 ]
  %o.sroa.4.0 = phi <16 x float> [ %493, %body113 ], [ %547, %body117 ]
  %o.sroa.0.0 = phi <16 x float> [ %490, %body113 ], [ %546, %body117 ]
  %o.sroa.48.0 = phi <16 x float> [ %526, %body113 ], [ %570, %body117 ]
  %o.sroa.52.0 = phi <16 x float> [ %529, %body113 ], [ %571, %body117 ]
  %o.sroa.56.0 = phi <16 x float> [ %532, %body113 ], [ %574, %body117 ]
  %o.sroa.60.0 = phi <16 x float> [ %535, %body113 ], [ %575, %body117 ]
  %kpv120 = phi i32 [ 0, %body113 ], [ %576, %body117 ]
  %536 = icmp slt i32 %kpv120, %293
  br i1 %536, label %body117, label %exit119

body117:                                          ; preds = %kpv
  %537 = sext i32 %kpv120 to i64
  %538 = mul i64 %537, 32
  %539 = getelementptr i32, ptr %st, i64 %538
  %p = load <16 x float>, ptr %539, align 64
  %540 = add i64 %538, 16
  %541 = getelementptr i32, ptr %st, i64 %540
  %p121 = load <16 x float>, ptr %541, align 64
  %542 = mul i64 %537, 2048
  %543 = getelementptr i8, ptr %vbuf, i64 %542
  %544 = getelementptr i32, ptr %543, i64 %486
  %v = load float, ptr %544, align 4
  %545 = insertelement <16 x float> poison, float %v, i32 0
  %splat122 = shufflevector <16 x float> %545, <16 x float> poison, <16 x i32> zeroinitializer
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.0.0)
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat122, <16 x float> %o.sroa.4.0)
  %548 = getelementptr i32, ptr %544, i64 1
  %v123 = load float, ptr %548, align 4
  %549 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %549, <16 x float> poison, <16 x i32> zeroinitializer
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.8.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat124, <16 x float> %o.sroa.12.0)
  %552 = getelementptr i32, ptr %544, i64 2
  %v125 = load float, ptr %552, align 4
  %553 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %553, <16 x float> poison, <16 x i32> zeroinitializer
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.16.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat126, <16 x float> %o.sroa.20.0)
  %556 = getelementptr i32, ptr %544, i64 3
  %v127 = load float, ptr %556, align 4
  %557 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %557, <16 x float> poison, <16 x i32> zeroinitializer
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.24.0)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat128, <16 x float> %o.sroa.28.0)
  %560 = getelementptr i32, ptr %544, i64 4
  %v129 = load float, ptr %560, align 4
  %561 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %561, <16 x float> poison, <16 x i32> zeroinitializer
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.32.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat130, <16 x float> %o.sroa.36.0)
  %564 = getelementptr i32, ptr %544, i64 5
  %v131 = load float, ptr %564, align 4
  %565 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %565, <16 x float> poison, <16 x i32> zeroinitializer
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.40.0)
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat132, <16 x float> %o.sroa.44.0)
  %568 = getelementptr i32, ptr %544, i64 6
  %v133 = load float, ptr %568, align 4
  %569 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.48.0)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat134, <16 x float> %o.sroa.52.0)
  %572 = getelementptr i32, ptr %544, i64 7
  %v135 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.56.0)
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat136, <16 x float> %o.sroa.60.0)
  %576 = add nsw i32 %kpv120, 1
  br label %kpv

exit119:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %488, align 64
  store <16 x float> %o.sroa.4.0, ptr %491, align 64
  store <16 x float> %o.sroa.8.0, ptr %494, align 64
  store <16 x float> %o.sroa.12.0, ptr %497, align 64
  store <16 x float> %o.sroa.16.0, ptr %500, align 64
  store <16 x float> %o.sroa.20.0, ptr %503, align 64
  store <16 x float> %o.sroa.24.0, ptr %506, align 64
  store <16 x float> %o.sroa.28.0, ptr %509, align 64
  store <16 x float> %o.sroa.32.0, ptr %512, align 64
  store <16 x float> %o.sroa.36.0, ptr %515, align 64
  store <16 x float> %o.sroa.40.0, ptr %518, align 64
  store <16 x float> %o.sroa.44.0, ptr %521, align 64
  store <16 x float> %o.sroa.48.0, ptr %524, align 64
  store <16 x float> %o.sroa.52.0, ptr %527, align 64
  store <16 x float> %o.sroa.56.0, ptr %530, align 64
  store <16 x float> %o.sroa.60.0, ptr %533, align 64
  %577 = add nsw i32 %pvblock116, 1
  br label %pvblock

orow137:                                          ; preds = %written, %exit30
  %orow141 = phi i32 [ 0, %exit30 ], [ %611, %written ]
  %578 = icmp slt i32 %orow141, %nrows
  br i1 %578, label %body138, label %done

body138:                                          ; preds = %orow137
  %579 = sext i32 %orow141 to i64
  %580 = getelementptr float, ptr %ms, i64 %579
  %m142 = load float, ptr %580, align 4
  %581 = getelementptr float, ptr %ls, i64 %579
  %l = load float, ptr %581, align 4
  %582 = sdiv i32 %orow141, 32
  %583 = srem i32 %orow141, 32
  %584 = sext i32 %582 to i64
  %585 = mul i64 %584, 16384
  %586 = getelementptr i32, ptr %ot, i64 %585
  br label %otrow

otrow:                                            ; preds = %body143, %body138
  %otrow146 = phi i32 [ 0, %body138 ], [ %595, %body143 ]
  %587 = icmp slt i32 %otrow146, 512
  br i1 %587, label %body143, label %exit145

body143:                                          ; preds = %otrow
  %588 = sext i32 %583 to i64
  %589 = sext i32 %otrow146 to i64
  %590 = mul i64 %589, 32
  %591 = add i64 %590, %588
  %592 = getelementptr i32, ptr %586, i64 %591
  %593 = load float, ptr %592, align 4
  %594 = getelementptr i32, ptr %rowbuf, i64 %589
  store float %593, ptr %594, align 4
  %595 = add nsw i32 %otrow146, 1
  br label %otrow

exit145:                                          ; preds = %otrow
  %596 = icmp ne ptr %part, null
  br i1 %596, label %partial, label %final

partial:                                          ; preds = %exit145
  %597 = sext i32 %nrows to i64
  %598 = mul i64 %579, 512
  %599 = getelementptr float, ptr %part, i64 %598
  br label %chunk147

final:                                            ; preds = %exit145
  %600 = sdiv i32 %orow141, %nh
  %qi152 = add i32 %q_begin, %600
  %601 = srem i32 %orow141, %nh
  %h153 = add i32 %h_begin, %601
  %602 = mul i32 %kv_head, 128
  %hq154 = add i32 %602, %h153
  %603 = sext i32 %qi152 to i64
  %604 = add i64 %q_row0, %603
  %605 = mul i64 %604, 128
  %606 = sext i32 %hq154 to i64
  %orow155 = add i64 %605, %606
  %607 = fcmp oeq float %l, 0.000000e+00
  %608 = fdiv float 1.000000e+00, %l
  %609 = select i1 %607, float 0.000000e+00, float %608
  %610 = insertelement <16 x float> poison, float %609, i32 0
  %splat156 = shufflevector <16 x float> %610, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk157

written:                                          ; preds = %exit160, %exit150
  %611 = add nsw i32 %orow141, 1
  br label %orow137

chunk147:                                         ; preds = %body148, %partial
  %chunk151 = phi i64 [ 0, %partial ], [ %617, %body148 ]
  %612 = icmp slt i64 %chunk151, 32
  br i1 %612, label %body148, label %exit150

body148:                                          ; preds = %chunk147
  %613 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk151
  %614 = load <16 x float>, ptr %613, align 64
  %615 = mul i64 %chunk151, 64
  %616 = getelementptr i8, ptr %599, i64 %615
  store <16 x float> %614, ptr %616, align 4
  %617 = add nsw i64 %chunk151, 1
  br label %chunk147

exit150:                                          ; preds = %chunk147
  %618 = mul i64 %597, 512
  %619 = add i64 %618, %579
  %620 = getelementptr float, ptr %part, i64 %619
  store float %m142, ptr %620, align 4
  %621 = add i64 %619, %597
  %622 = getelementptr float, ptr %part, i64 %621
  store float %l, ptr %622, align 4
  br label %written

chunk157:                                         ; preds = %body158, %final
  %chunk161 = phi i64 [ 0, %final ], [ %629, %body158 ]
  %623 = icmp slt i64 %chunk161, 32
  br i1 %623, label %body158, label %exit160

body158:                                          ; preds = %chunk157
  %624 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk161
  %625 = load <16 x float>, ptr %624, align 64
  %626 = fmul <16 x float> %625, %splat156
  %627 = mul i64 %chunk161, 64
  %628 = getelementptr i8, ptr %rowbuf, i64 %627
  store <16 x float> %626, ptr %628, align 4
  %629 = add nsw i64 %chunk161, 1
  br label %chunk157

exit160:                                          ; preds = %chunk157
  %u = select i1 %607, ptr null, ptr %rowbuf
  call void @deepseek_mla_project(ptr %0, ptr %u, i64 %orow155)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <16 x i16> @llvm.masked.load.v16i16.p0(ptr nocapture, i32 immarg, <16 x i1>, <16 x i16>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @deepseek_mla(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @deepseek_mla_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @deepseek_mla_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @deepseek_mla_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @deepseek_mla_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @deepseek_mla_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @deepseek_mla_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @deepseek_mla_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @deepseek_mla_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @deepseek_mla_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @deepseek_mla_info() #0 {
entry:
  ret ptr @deepseek_mla_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
